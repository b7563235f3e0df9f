import { describe, expect, it } from 'vitest';
import { localForecaster } from '../forecast/local-forecasters';
import type { FittedModel, Forecaster, SeriesInput } from '../forecast/types';
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

  /**
   * A model that forecasts the mean of the history it was fitted on and keeps that mean when extended
   * (so a forecast says which fit it came from), recording the history length of every fresh fit;
   * fits on fewer than `extendsFrom` periods come without `extend`.
   */
  function recordingForecaster(extendsFrom: number): { forecaster: Forecaster; fits: number[] } {
    const fits: number[] = [];
    const model = (level: number, withExtend: boolean, length: number): FittedModel => ({
      predict: (horizon) => new Float64Array(horizon).fill(level),
      fitted: new Float64Array(length).fill(NaN),
      describe: () => ({ form: { code: 'naive' }, parameters: [] }),
      ...(withExtend ? { extend: (longer: SeriesInput) => model(level, true, longer.y.length) } : {}),
    });
    const forecaster: Forecaster = {
      id: 'moving-average',
      label: 'Recording',
      fit: (input) => {
        fits.push(input.y.length);
        return model(mean(input.y), input.y.length >= extendsFrom, input.y.length);
      },
    };
    return { forecaster, fits };
  }
  const mean = (y: Float64Array) => y.reduce((sum, value) => sum + value, 0) / y.length;

  it('estimates once per part and extends that estimate at the origins after it', () => {
    const { forecaster, fits } = recordingForecaster(0);
    const y = noisy(120, 4);
    const provider = forecastDemandProvider(series(y), forecaster, {
      horizon: 2,
      firstOrigin: 40,
      seed: 1,
      estimateAt: [80],
    });
    for (let t = 40; t <= 120; t++) provider?.(t);
    // Fitted at the first error origin (40 − 2 − 104 → the 8-period minimum) and on the 80 periods before the test part.
    expect(fits).toEqual([8, 80]);
    expect(provider?.(79).point[0]).toBe(mean(y.subarray(0, 8)));
    expect(provider?.(100).point[0]).toBe(mean(y.subarray(0, 80)));
  });

  it('fits again only until a fit can be extended', () => {
    const { forecaster, fits } = recordingForecaster(12);
    const provider = forecastDemandProvider(series(noisy(120, 5)), forecaster, {
      horizon: 2,
      firstOrigin: 40,
      seed: 1,
    });
    for (let t = 40; t <= 120; t++) provider?.(t);
    expect(fits).toEqual([8, 9, 10, 11, 12]);
  });

  it('fits an origin asked after a later estimate afresh instead of extending that estimate back', () => {
    const { forecaster, fits } = recordingForecaster(12);
    const y = noisy(120, 6);
    const provider = forecastDemandProvider(series(y), forecaster, { horizon: 2, firstOrigin: 12, seed: 1 });
    provider?.(12); // origins 8, 9, 10, then 12: the first fit that can be extended
    provider?.(13); // origin 11, before that estimate
    expect(fits).toEqual([8, 9, 10, 12, 11]);
    expect(provider?.(11).point[0]).toBe(mean(y.subarray(0, 11)));
  });
});
