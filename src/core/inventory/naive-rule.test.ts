import { describe, expect, it } from 'vitest';
import { naiveOrderUpTo } from './naive-rule';
import { resolveSettings } from './settings';

describe('naiveOrderUpTo', () => {
  it('is (L + R) × the mean of the last 4 observed periods before the end', () => {
    const demand = Float64Array.from([100, 1, 2, NaN, 3, 6, 99]);
    // Before index 6: 6, 3, 2, 1 (the missing period skipped) → mean 3; L + R = 3.
    expect(naiveOrderUpTo(demand, 6, resolveSettings({ leadTime: 2, reviewPeriod: 1 }))).toBe(9);
    expect(naiveOrderUpTo(demand, 0, resolveSettings({}))).toBe(0);
  });
});
