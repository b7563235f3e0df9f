import { describe, it, expect } from 'vitest';
import { FORECAST_CSV_HEADER, writeForecastCsv } from './forecast-csv';

describe('writeForecastCsv', () => {
  it('writes the documented header and one row per series and future period', () => {
    const day = Date.UTC(2024, 0, 29) / 86_400_000; // 2024-01-29
    const text = writeForecastCsv([
      {
        seriesId: 'STORE_1/A\\/B',
        dates: [day, day + 7],
        model: 'auto(ets)',
        forecast: [10.123456, 12],
        p10: [8, 9],
        p50: [10, 12],
        p90: [13, 15.5],
      },
      { seriesId: '-5', dates: [day], model: 'snaive', forecast: [1], p10: [0], p50: [1], p90: [2] },
    ]);
    expect(text.split('\n')).toEqual([
      FORECAST_CSV_HEADER.join(','),
      'STORE_1/A\\/B,2024-01-29,auto(ets),10.1235,8,10,13',
      'STORE_1/A\\/B,2024-02-05,auto(ets),12,9,12,15.5',
      "'-5,2024-01-29,snaive,1,0,1,2",
      '',
    ]);
    expect(FORECAST_CSV_HEADER.join(',')).toBe('series_id,date,model,forecast,p10,p50,p90');
  });
});
