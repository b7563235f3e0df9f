import { describe, it, expect } from 'vitest';
import { dayFromYmd } from '../../core/dataset/calendar';
import { exportFileName, fileStem } from '../shared/export-name';
import { forecastsCsv, metricsCsv } from './export-files';
import { metricsOf, resultsOf } from '../../core/forecast/run-results-fixture';

const jan31 = dayFromYmd(2024, 1, 31);
const results = resultsOf(
  ['STORE_1/APPLE', 'never', '-5'],
  [
    {
      index: 0,
      future: { model: 'auto(ets)', point: [10.123456, 11], p10: [8, 9], p90: [12, 13.5] },
      futureDates: [jan31, dayFromYmd(2024, 2, 29)],
      scores: [
        { slot: 'ets', part: 'test', metrics: metricsOf({ count: 2, mase: 0.5, wape: 12.5 }), coverage: 1 },
      ],
    },
    { index: 1, future: null, scores: [] },
    {
      index: 2,
      future: { model: 'auto(blend)', point: [1, 2], p10: [0, 0], p90: [3, 4] },
      futureDates: [jan31, dayFromYmd(2024, 2, 29)],
      scores: [],
    },
  ],
);

describe('forecastsCsv', () => {
  const lines = forecastsCsv(results, null).split('\n');

  it('writes one row per forecast series and period, leaving out series without a forecast', () => {
    expect(lines).toEqual([
      'series_id,date,model,forecast,p10,p50,p90',
      'STORE_1/APPLE,2024-01-31,auto(ets),10.1235,8,10.1235,12',
      'STORE_1/APPLE,2024-02-29,auto(ets),11,9,11,13.5',
      "'-5,2024-01-31,auto(blend),1,0,1,3",
      "'-5,2024-02-29,auto(blend),2,0,2,4",
      '',
    ]);
  });
});

describe('metricsCsv', () => {
  it('writes one row per series, model and scored part', () => {
    const lines = metricsCsv(results).split('\n');
    expect(lines[0]).toBe(
      'series_id,model,part,periods,mase,smape,wape,mae,rmse,mse,mape,mape_zero_actuals_skipped,bias,coverage_p10_p90',
    );
    expect(lines[1]).toBe('STORE_1/APPLE,ets,test,2,0.5,,12.5,,,,,0,,1');
    expect(lines).toHaveLength(3);
  });
});

describe('export file names', () => {
  it("carry the data file's name and the data's last date, never the clock", () => {
    const day = dayFromYmd(2026, 3, 31);
    expect(exportFileName('sales.csv', day, 'forecasts')).toBe('sales-2026-03-31-forecasts.csv');
    expect(exportFileName('sales.csv', day, 'metrics')).toBe('sales-2026-03-31-metrics.csv');
    expect(exportFileName('sales.csv', day, 'orders')).toBe('sales-2026-03-31-orders.csv');
    expect(exportFileName('', null, 'forecasts')).toBe('shelfcast-forecasts.csv');
  });

  it('keep letters and digits of any script and turn everything else into single dashes', () => {
    expect(fileStem('Q1 sales (final) v2.xlsx')).toBe('Q1-sales-final-v2');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('销售 2026.csv')).toBe('销售-2026');
    expect(fileStem('.csv')).toBe('shelfcast');
    expect(fileStem(`${'a'.repeat(59)}-b.csv`)).toBe('a'.repeat(59));
  });
});
