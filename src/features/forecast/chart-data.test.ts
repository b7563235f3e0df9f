import { describe, it, expect } from 'vitest';
import type { DetailSource, SeriesDetail } from '../../workers/forecast-protocol';
import { chartRegions, chartRows, recentStart, totalChartRows } from './chart-data';

const f = (values: number[]) => Float64Array.from(values);

const detail: SeriesDetail = {
  index: 0,
  y: f([1, 2, 3, 4, 5, 6, 7, 8]),
  dates: Int32Array.from([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]),
  split: { length: 8, horizon: 2, trainEnd: 4, validationEnd: 6, validationOrigins: [4], testOrigins: [6] },
  sources: [],
  choice: null,
};

const source: DetailSource = {
  slot: 'ets',
  label: 'ETS',
  fitted: f([NaN, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]),
  // Two overlapping validation windows: the later origin wins where they overlap.
  validation: [
    { origin: 5, values: f([50, 60]) },
    { origin: 4, values: f([40, 41]) },
  ],
  test: [{ origin: 6, values: f([70, 80]) }],
  future: {
    model: 'ets',
    point: f([9, 10]),
    scale: 1,
    members: ['ets'],
    own: { p10: f([8, 8]), p50: f([9, 10]), p90: f([11, 13]) },
  },
  descriptions: [],
};

describe('chartRows', () => {
  const rows = chartRows(detail, source, { lower: f([8, 8]), upper: f([11, 13]) });

  it('has one row per history period and per future period, dated on the series calendar', () => {
    expect(rows.map((row) => row.day)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(rows.map((row) => row.actual)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, null, null]);
  });

  it('draws the fit over the train part only and the rolling forecasts over validation and test', () => {
    expect(rows.map((row) => row.fitted)).toEqual([null, 1.5, 2.5, 3.5, null, null, null, null, null, null]);
    expect(rows.map((row) => row.validation)).toEqual([null, null, null, null, 40, 50, 60, null, null, null]);
    expect(rows.map((row) => row.test)).toEqual([null, null, null, null, null, null, 70, 80, null, null]);
  });

  it('continues the forecast from the last actual and bands it with the interval', () => {
    expect(rows.map((row) => row.future)).toEqual([null, null, null, null, null, null, null, 8, 9, 10]);
    expect(rows[8]?.band).toEqual([8, 11]);
    expect(rows[9]?.band).toEqual([8, 13]);
  });
});

describe('chartRegions', () => {
  it('marks validation, test and future by their first and last day', () => {
    expect(chartRegions(detail)).toEqual([
      { from: 104, to: 105, kind: 'validation' },
      { from: 106, to: 107, kind: 'test' },
      { from: 108, to: 109, kind: 'future' },
    ]);
  });

  it('starts the recent view three horizons back (at least the test part): the future gets a quarter of the width', () => {
    expect(recentStart(8, 2, 2)).toBe(2);
    expect(recentStart(731, 28, 73)).toBe(731 - 84);
    const shown = 731 - recentStart(731, 28, 73);
    expect(28 / (shown + 28)).toBeGreaterThanOrEqual(0.25);
    // A test part longer than three horizons is shown whole.
    expect(recentStart(1000, 7, 100)).toBe(900);
    expect(recentStart(5, 28)).toBe(0);
  });
});

describe('totalChartRows', () => {
  it('draws the summed history, then the total forecast from the last actual with its band', () => {
    const rows = totalChartRows(
      { dates: Int32Array.from([1, 2]), y: f([10, 12]) },
      { dates: Int32Array.from([3, 4]), point: f([11, 13]) },
      { lower: f([9, 10]), upper: f([14, 16]) },
    );
    expect(rows.map((row) => [row.day, row.actual, row.future])).toEqual([
      [1, 10, null],
      [2, 12, 12],
      [3, null, 11],
      [4, null, 13],
    ]);
    expect(rows[3]?.band).toEqual([10, 16]);
    expect(rows.every((row) => row.fitted === null && row.validation === null && row.test === null)).toBe(
      true,
    );
  });
});
