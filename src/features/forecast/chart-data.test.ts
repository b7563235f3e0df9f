import { describe, it, expect } from 'vitest';
import { storedBackcast } from '../../core/forecast/stored-backcast';
import { datasetOf } from '../../workers/forecast-test-dataset';
import { chartRegions, chartRows, seriesHistory, totalChartRows, type SeriesChartData } from './chart-data';

const f = (values: number[]) => Float64Array.from(values);

const split = { length: 8, horizon: 2, trainEnd: 4, validationEnd: 6 };
const data: SeriesChartData = {
  history: {
    dates: Int32Array.from([100, 101, 102, 103, 104, 105, 106, 107]),
    y: f([1, 2, 3, 4, 5, 6, 7, 8]),
  },
  // Two overlapping validation windows (the later origin wins where they overlap), then the test window.
  backcast: storedBackcast(split, [
    { origin: 5, values: f([50, 60]) },
    { origin: 4, values: f([40, 41]) },
    { origin: 6, values: f([70, 80]) },
  ]),
  future: { dates: Int32Array.from([108, 109]), point: f([9, 10]) },
};

describe('chartRows', () => {
  const rows = chartRows(data, { lower: f([8, 8]), upper: f([11, 13]) });

  it('has one row per history period and per future period, dated on the series calendar', () => {
    expect(rows.map((row) => row.day)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(rows.map((row) => row.actual)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, null, null]);
  });

  it("draws the run's stored rolling forecasts over validation and test, nothing over train", () => {
    expect(rows.map((row) => row.validation)).toEqual([
      null,
      null,
      null,
      null,
      40,
      50,
      null,
      null,
      null,
      null,
    ]);
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
    expect(chartRegions(data)).toEqual([
      { from: 104, to: 105, kind: 'validation' },
      { from: 106, to: 107, kind: 'test' },
      { from: 108, to: 109, kind: 'future' },
    ]);
  });
});

describe('seriesHistory', () => {
  it("is the series' rows before its plan, as the run evaluated them", () => {
    const dataset = datasetOf(
      [
        { id: 'a', values: [1, 2, 3] },
        { id: 'b', values: [10, Number.NaN, 30] },
      ],
      'daily',
      1000,
    );
    const { dates, y } = seriesHistory(dataset, 1);
    expect(Array.from(dates)).toEqual([1000, 1001, 1002]);
    expect(Array.from(y)).toEqual([10, NaN, 30]);
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
    expect(rows.every((row) => row.validation === null && row.test === null)).toBe(true);
  });
});
