import { describe, expect, it } from 'vitest';
import { localForecaster } from '../forecast/local-forecasters';
import type { SeriesInput } from '../forecast/types';
import { mulberry32 } from '../metrics/seeded-random';
import { forecastDemandProvider } from './forecast-provider';

function series(y: Float64Array): SeriesInput {
  return {
    y,
    frequency: 'weekly',
    dates: Int32Array.from({ length: y.length + 4 }, (_, i) => 7 * i),
    covariates: [],
  };
}

function noisy(length: number, seed: number): Float64Array {
  const uniform = mulberry32(seed);
  return Float64Array.from({ length }, () => Math.floor(uniform() * 10));
}

describe('forecastDemandProvider', () => {
  const naive = localForecaster('naive')!;

  it('uses only the data before t', () => {
    const y = noisy(120, 1);
    const changed = y.slice();
    for (let t = 80; t < changed.length; t++) changed[t] = 1000;
    const options = { horizon: 3, firstOrigin: 60, seed: 1 };
    const a = forecastDemandProvider(series(y), naive, options)?.(80);
    const b = forecastDemandProvider(series(changed), naive, options)?.(80);
    expect(a?.point).toEqual(b?.point);
    expect(a?.sumQuantile(0, 3, 0.9)).toBe(b?.sumQuantile(0, 3, 0.9));
  });

  it("adds the naive model's own lead-time-sum errors to its forecast", () => {
    const y = noisy(120, 2);
    const distribution = forecastDemandProvider(series(y), naive, { horizon: 2, firstOrigin: 60, seed: 1 })?.(
      100,
    );
    expect(distribution?.fromHistory).toBe(false);
    expect(distribution?.point[0]).toBe(y[99]);
    // The 2-period errors of the naive forecast from origins o ≤ 98 (o = 8 … 98 here).
    const errors: number[] = [];
    for (let o = 8; o + 2 <= 100; o++)
      errors.push((y[o] as number) + (y[o + 1] as number) - 2 * (y[o - 1] as number));
    errors.sort((p, q) => p - q);
    const median = ((errors[45] as number) + (errors[45] as number)) / 2;
    expect(distribution?.sumQuantile(0, 2, 0.5)).toBeCloseTo(Math.max(0, 2 * (y[99] as number) + median), 9);
  });

  it('is null when the series is too short to fit before the first origin', () => {
    expect(
      forecastDemandProvider(series(noisy(10, 3)), naive, { horizon: 2, firstOrigin: 5, seed: 1 }),
    ).toBeNull();
  });
});
