import { describe, it, expect } from 'vitest';
import { kpssStatistic, ndiffs, nsdiffs, seasonalStrength } from './differencing';
import { seededNormals } from './simulate';

function cumulative(x: Float64Array): Float64Array {
  let sum = 0;
  return x.map((v) => (sum += v));
}

describe('KPSS and ordinary differencing', () => {
  it('matches a hand computation of the statistic', () => {
    // n = 5, 0 lags; deviations −2..2, partial sums −2 −3 −3 −2 0 → Σ S² = 26; σ² = 10/5 = 2.
    expect(kpssStatistic(Float64Array.of(1, 2, 3, 4, 5))).toBeCloseTo(26 / (25 * 2), 12);
  });

  it('leaves white noise alone and differences a random walk once', () => {
    expect(ndiffs(seededNormals(2, 300))).toBe(0);
    expect(ndiffs(cumulative(seededNormals(7, 300)))).toBe(1);
  });

  it('differences an integrated random walk twice', () => {
    expect(ndiffs(cumulative(cumulative(seededNormals(3, 300))))).toBe(2);
  });

  it('needs no difference for a constant series', () => {
    expect(ndiffs(new Float64Array(50).fill(4))).toBe(0);
  });
});

describe('seasonal differencing', () => {
  const noise = seededNormals(11, 140);
  const weekly = noise.map((e, t) => 20 + [5, -3, -3, -2, 0, 1, 2][t % 7]! * 2 + 0.5 * e);

  it('finds a strong weekly pattern and calls for one seasonal difference', () => {
    expect(seasonalStrength(weekly, 7)).toBeGreaterThan(0.9);
    expect(nsdiffs(weekly, 7)).toBe(1);
  });

  it('does not difference noise, or a series shorter than two seasons', () => {
    expect(seasonalStrength(noise, 7)).toBeLessThan(0.3);
    expect(nsdiffs(noise, 7)).toBe(0);
    expect(nsdiffs(weekly.slice(0, 13), 7)).toBe(0);
  });
});
