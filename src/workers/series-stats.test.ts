import { describe, it, expect } from 'vitest';
import { RowState, type Dataset } from '../core/dataset/types';
import { computeSeriesStats, computeTotalHistory } from './series-stats';

/** Three daily series: A = [4, 0, 6], B = [0, 0, NaN(missing)] plus one plan row, C = [10]. */
function fixture(): Dataset {
  const nan = Number.NaN;
  return {
    frequency: 'daily',
    keyNames: ['item'],
    targetName: 'sales',
    seriesIds: ['item10', 'item2', 'item1'],
    seriesKeys: [['item10'], ['item2'], ['item1']],
    seriesStart: Int32Array.from([0, 3, 7]),
    historyEnd: Int32Array.from([3, 6, 8]),
    dates: Int32Array.from([100, 101, 102, 100, 101, 102, 103, 101]),
    target: Float64Array.from([4, 0, 6, 0, 0, nan, nan, 10]),
    rowState: Uint8Array.from([0, 0, 0, 0, 0, RowState.Missing, RowState.Plan, 0]),
    outlier: new Uint8Array(8),
    covariates: [],
  };
}

describe('computeSeriesStats', () => {
  it('sums observed sales and the share of zeros per series, leaving out missing and plan rows', () => {
    const stats = computeSeriesStats(fixture());
    expect(Array.from(stats.totals)).toEqual([10, 0, 10]);
    expect(stats.zeroShares[0]).toBeCloseTo(1 / 3);
    expect(stats.zeroShares[1]).toBe(1);
    expect(stats.zeroShares[2]).toBe(0);
  });

  it('orders series by total (ties by position), by zero share and by id in natural order', () => {
    const stats = computeSeriesStats(fixture());
    expect(Array.from(stats.byTotal)).toEqual([0, 2, 1]);
    expect(Array.from(stats.byZeroShare)).toEqual([1, 0, 2]);
    expect(Array.from(stats.byId)).toEqual([2, 1, 0]);
  });
});

describe('computeTotalHistory', () => {
  it('adds all series per date, skipping missing values and the plan', () => {
    const total = computeTotalHistory(fixture());
    expect(Array.from(total.dates)).toEqual([100, 101, 102]);
    expect(Array.from(total.values)).toEqual([4, 10, 6]);
  });
});
