import { describe, it, expect } from 'vitest';
import type { Dataset } from '../dataset/types';
import { planCoverage, planCoverageNotice } from './plan-coverage';

/** Series A: 3 history rows + 2 plan rows; series B: 3 history rows, no plan. */
function dataset(covariates: Dataset['covariates']): Dataset {
  return {
    frequency: 'daily',
    keyNames: ['item'],
    targetName: 'sales',
    seriesIds: ['A', 'B'],
    seriesKeys: [['A'], ['B']],
    seriesStart: Int32Array.from([0, 5, 8]),
    historyEnd: Int32Array.from([3, 8]),
    dates: Int32Array.from([0, 1, 2, 3, 4, 0, 1, 2]),
    target: Float64Array.from([1, 2, 3, NaN, NaN, 4, 5, 6]),
    rowState: new Uint8Array(8),
    outlier: new Uint8Array(8),
    covariates,
  };
}

const promo = { name: 'promo', kind: 'binary' as const, values: Float64Array.from([0, 1, 0, 1, 1, 0, 0, 1]) };

describe('planCoverage', () => {
  it('counts the series whose plan reaches the end of the horizon', () => {
    expect(planCoverage(dataset([promo]), 2)).toEqual({ planned: 1, carriedForward: 1, examples: ['B'] });
    expect(planCoverage(dataset([promo]), 3)).toEqual({
      planned: 0,
      carriedForward: 2,
      examples: ['A', 'B'],
    });
  });

  it('has nothing to say without covariates', () => {
    expect(planCoverage(dataset([]), 2)).toBeNull();
    expect(planCoverageNotice(null, [])).toBeNull();
  });

  it('gives the series without a whole plan, a few of their ids and the covariates, as a code', () => {
    expect(planCoverageNotice(planCoverage(dataset([promo]), 2), ['promo'])).toEqual({
      code: 'plan-carried-forward',
      params: { series: 1, examples: ['B'], covariates: ['promo'] },
    });
    expect(planCoverageNotice({ planned: 2, carriedForward: 0, examples: [] }, ['promo'])).toBeNull();
    expect(planCoverageNotice(null, [])).toBeNull();
  });
});
