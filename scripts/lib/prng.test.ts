import { describe, it, expect } from 'vitest';
import { mulberry32, negativeBinomial, poisson } from './prng.mjs';

function draws(count: number, draw: () => number): number[] {
  return Array.from({ length: count }, draw);
}

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const first = draws(5, mulberry32(42));
    expect(draws(5, mulberry32(42))).toEqual(first);
    expect(draws(5, mulberry32(43))).not.toEqual(first);
  });

  it('gives uniform numbers in [0, 1) with mean near one half', () => {
    const values = draws(20_000, mulberry32(7));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((sum, value) => sum + value, 0) / values.length).toBeCloseTo(0.5, 2);
  });
});

describe('count distributions', () => {
  it('poisson draws have the requested mean, small or large', () => {
    const random = mulberry32(1);
    for (const mean of [0.3, 4, 120]) {
      const values = draws(20_000, () => poisson(random, mean));
      const average = values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(Math.abs(average - mean) / mean).toBeLessThan(0.05);
      expect(values.every((value) => Number.isInteger(value) && value >= 0)).toBe(true);
    }
  });

  it('negative binomial keeps the mean but is overdispersed, with many zeros for slow movers', () => {
    const random = mulberry32(2);
    const mean = 0.8;
    const dispersion = 0.5;
    const values = draws(40_000, () => negativeBinomial(random, mean, dispersion));
    const average = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length;
    expect(average).toBeCloseTo(mean, 1);
    // variance = mean + mean² / dispersion = 0.8 + 1.28 = 2.08
    expect(variance).toBeGreaterThan(1.8);
    expect(variance).toBeLessThan(2.4);
    // P(0) = (k / (k + mean))^k = (0.5 / 1.3)^0.5 ≈ 0.62, against 0.45 for a Poisson of the same mean
    const zeroShare = values.filter((value) => value === 0).length / values.length;
    expect(zeroShare).toBeCloseTo(0.62, 1);
  });
});
