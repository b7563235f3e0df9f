import { describe, it, expect } from 'vitest';
import { RowState, type Dataset } from '../../core/dataset/types';
import { planStartDay, plottableCovariates, seriesChartRows, totalChartRows } from './chart-rows';

// 2024-01-01 is day 19723 since 1970-01-01.
const DAY = 19723;

const dataset: Dataset = {
  frequency: 'daily',
  keyNames: ['item'],
  targetName: 'sales',
  seriesIds: ['a', 'b'],
  seriesKeys: [['a'], ['b']],
  seriesStart: Int32Array.from([0, 2]),
  historyEnd: Int32Array.from([2, 3]),
  dates: Int32Array.from([DAY, DAY + 1, DAY, DAY + 1]),
  target: Float64Array.from([5, NaN, 7, NaN]),
  rowState: Uint8Array.from([RowState.Observed, RowState.Missing, RowState.Observed, RowState.Plan]),
  outlier: Uint8Array.from([0, 0, 1, 0]),
  covariates: [
    { name: 'price', kind: 'numeric', values: Float64Array.from([1.5, 1.5, 2, 2.5]) },
    {
      name: 'event',
      kind: 'categorical',
      values: Float64Array.from([0, 0, 1, 0]),
      categories: ['-', 'Easter'],
    },
  ],
};

describe('history chart rows', () => {
  it('lists the numeric covariates only', () => {
    expect(plottableCovariates(dataset)).toEqual([{ name: 'price', binary: false }]);
  });

  it('gives one point per period of the series, with gaps and the plan as null sales', () => {
    expect(seriesChartRows(dataset, 1)).toEqual([
      { day: DAY, sales: 7, outlier: 7, price: 2 },
      { day: DAY + 1, sales: null, outlier: null, price: 2.5 },
    ]);
    expect(seriesChartRows(dataset, 0)[1]).toEqual({ day: DAY + 1, sales: null, outlier: null, price: 1.5 });
  });

  it('finds where the plan of a series starts', () => {
    expect(planStartDay(dataset, 1)).toBe(DAY + 1);
    expect(planStartDay(dataset, 0)).toBeNull();
  });

  it('turns the total history into dated points', () => {
    expect(totalChartRows({ dates: Int32Array.from([DAY]), values: Float64Array.from([12]) })).toEqual([
      { day: DAY, sales: 12, outlier: null },
    ]);
  });
});
