import { describe, expect, it } from 'vitest';
import { empiricalDistribution } from './empirical-distribution';

/** `count` error paths of 2 steps: most origins over-forecast by 1 a step, every fifth misses a lump of 20. */
function lumpyErrors(count: number) {
  const values = new Float64Array(count * 2);
  for (let k = 0; k < count; k++) {
    values[2 * k] = k % 5 === 4 ? 20 : -1;
    values[2 * k + 1] = -1;
  }
  return { values, count, horizon: 2 };
}

describe('empiricalDistribution', () => {
  it('adds the empirical quantile of the summed errors to the point sum, keeping a skewed shape', () => {
    const distribution = empiricalDistribution(
      Float64Array.from([2, 2]),
      lumpyErrors(20),
      new Float64Array(0),
    );
    expect(distribution.fromHistory).toBe(false);
    // Error sums over both steps: 16 of −2 and 4 of 19. Type-7 quantiles: 50 % → −2, 90 % → 19.
    expect(distribution.sumQuantile(0, 2, 0.5)).toBe(2);
    expect(distribution.sumQuantile(0, 2, 0.9)).toBeCloseTo(4 + 19, 9);
    // Never below zero demand.
    expect(distribution.sumQuantile(1, 2, 0.1)).toBe(1);
    expect(distribution.sumQuantile(0, 1, 0)).toBe(1);
  });

  it('falls back to sums of past demand when there are too few error paths', () => {
    const history = Float64Array.from([0, 0, 6, 0, 0, 3]);
    const distribution = empiricalDistribution(Float64Array.from([1, 1]), lumpyErrors(3), history);
    expect(distribution.fromHistory).toBe(true);
    // Two-period sums of the history: 0, 6, 6, 0, 3 → sorted 0, 0, 3, 6, 6.
    expect(distribution.sumQuantile(0, 2, 0.5)).toBe(3);
    expect(distribution.sumQuantile(0, 2, 1)).toBe(6);
  });

  it('draws the same non-negative sample paths for the same seed', () => {
    const distribution = empiricalDistribution(
      Float64Array.from([2, 2]),
      lumpyErrors(20),
      new Float64Array(0),
    );
    const a = distribution.samplePaths(50, 9);
    expect(a).toEqual(distribution.samplePaths(50, 9));
    expect(a.length).toBe(100);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(new Set(a).size).toBeGreaterThan(1);
  });
});
