import { describe, it, expect } from 'vitest';
import { maseScale } from './mase-scale';

describe('maseScale', () => {
  it('is the in-sample seasonal naive MAE at lag m', () => {
    // lag-2 differences: 3−1, 4−2, 7−3, 6−4 → 2, 2, 4, 2 → 2.5
    expect(maseScale([1, 2, 3, 4, 7, 6], 2)).toEqual({ value: 2.5, basis: 'seasonal' });
  });

  it('falls back to lag 1 when the history is shorter than a season and a step', () => {
    // lag-1 differences: 2, 2, 1 → 5/3
    const scale = maseScale([1, 3, 5, 6], 12);
    expect(scale.basis).toBe('lag1');
    expect(scale.value).toBeCloseTo(5 / 3, 12);
  });

  it('skips pairs with a missing value', () => {
    expect(maseScale([1, NaN, 4, 6], 1)).toEqual({ value: 2, basis: 'lag1' });
  });

  it('never returns zero: flat history uses its level, all-zero history uses 1', () => {
    expect(maseScale([5, 5, 5, 5], 2)).toEqual({ value: 5, basis: 'level' });
    expect(maseScale([0, 0, 0], 2)).toEqual({ value: 1, basis: 'unit' });
    expect(maseScale([], 7)).toEqual({ value: 1, basis: 'unit' });
  });

  it('uses lag 1 when a perfectly seasonal history gives a zero seasonal scale', () => {
    expect(maseScale([1, 3, 1, 3, 1, 3], 2)).toEqual({ value: 2, basis: 'lag1' });
  });
});
