import { describe, it, expect } from 'vitest';
import {
  autocorrelations,
  centredMovingAverage,
  isSeasonal,
  seasonalIndices,
} from './classical-decomposition';

describe('classical decomposition', () => {
  it('uses a 2×4 centred moving average for an even period', () => {
    const ma = centredMovingAverage(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8), 4);
    // At t=2: (0.5·1 + 2 + 3 + 4 + 0.5·5) / 4 = 3.
    expect(ma[2]).toBe(3);
    expect(Number.isNaN(ma[1])).toBe(true);
  });
  it('recovers additive and multiplicative seasonal indices of an exact pattern', () => {
    const additive = Float64Array.from({ length: 16 }, (_, t) => 10 + [2, -1, 0, -1][t % 4]!);
    expect([...seasonalIndices(additive, 4, 'additive')].map((v) => +v.toFixed(10))).toEqual([2, -1, 0, -1]);
    const multiplicative = Float64Array.from({ length: 16 }, (_, t) => 100 * [1.2, 0.9, 1, 0.9][t % 4]!);
    seasonalIndices(multiplicative, 4, 'multiplicative').forEach((v, p) =>
      expect(v).toBeCloseTo([1.2, 0.9, 1, 0.9][p]!, 10),
    );
  });
  it('computes lag-1 autocorrelation of an alternating series as close to −1', () => {
    const alternating = Float64Array.from({ length: 50 }, (_, t) => (t % 2 === 0 ? 1 : -1));
    expect(autocorrelations(alternating, 1)[0]).toBeCloseTo(-0.98, 2);
  });
  it('tests seasonality at lag m: yes for a repeating pattern, no for a trend-free ramp of noise', () => {
    const seasonal = Float64Array.from(
      { length: 48 },
      (_, t) => 10 + [5, 1, -3, 0, 2, -5][t % 6]! + (t % 5) * 0.1,
    );
    expect(isSeasonal(seasonal, 6)).toBe(true);
    const noise = Float64Array.from({ length: 48 }, (_, t) => ((t * 7919) % 13) - 6);
    expect(isSeasonal(noise, 12)).toBe(false);
    expect(isSeasonal(seasonal, 24)).toBe(false); // fewer than two seasons plus one
  });
});
