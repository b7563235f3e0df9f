import { describe, it, expect } from 'vitest';
import { crostonForecaster, runCroston, runTsb, sbaForecaster, tsbForecaster } from './croston';
import type { SeriesInput } from '../types';

function series(values: number[]): SeriesInput {
  const y = Float64Array.from(values);
  return { y, frequency: 'daily', dates: new Int32Array(values.length + 7).map((_, i) => i), covariates: [] };
}

const options = { horizon: 3, seed: 1 };

describe('Croston recursions (hand-computed, α = 0.1)', () => {
  // y = 0 4 0 0 2: first demand 4 after 2 periods → size 4, interval 2.
  // At the demand of 2 three periods later: size 4 + 0.1·(2 − 4) = 3.8, interval 2 + 0.1·(3 − 2) = 2.1.
  const y = Float64Array.from([0, 4, 0, 0, 2]);

  it('Croston forecasts size / interval', () => {
    const s = runCroston(y, 0.1, 1);
    expect(s.forecast).toBeCloseTo(3.8 / 2.1, 12);
    expect(Array.from(s.fitted.slice(2))).toEqual([2, 2, 2]);
    expect(Number.isNaN(s.fitted[0] ?? 0)).toBe(true);
  });

  it('SBA scales Croston by 1 − α/2', () => {
    expect(runCroston(y, 0.1, 0.95).forecast).toBeCloseTo((0.95 * 3.8) / 2.1, 12);
  });

  it('TSB smooths the demand probability every period (β = 0.2)', () => {
    // probability starts at 2/5 = 0.4: 0.32, 0.256, then a demand: 0.256 + 0.2·0.744 = 0.4048.
    const s = runTsb(y, 0.1, 0.2);
    expect(s.forecast).toBeCloseTo(0.4048 * 3.8, 12);
    expect(s.fitted[3]).toBeCloseTo(0.32 * 4, 12);
  });

  it('missing periods neither count as zero demand nor update', () => {
    const withGap = runCroston(Float64Array.from([0, 4, NaN, 0, 0, 2]), 0.1, 1);
    expect(withGap.forecast).toBeCloseTo(3.8 / 2.1, 12);
    expect(Number.isNaN(withGap.fitted[2] ?? 0)).toBe(true);
  });
});

describe('intermittent forecasters', () => {
  it('forecast 0 for a series without demand', () => {
    for (const model of [crostonForecaster, sbaForecaster, tsbForecaster]) {
      const fit = model.fit(series([0, 0, 0, NaN, 0]), options);
      expect(Array.from(fit.predict(3))).toEqual([0, 0, 0]);
      expect(fit.fitted[0]).toBe(0);
    }
  });

  it('give flat, non-negative forecasts and a readable form', () => {
    const fit = sbaForecaster.fit(series([0, 3, 0, 0, 1, 0, 2, 0, 0, 4, 0, 1]), options);
    const f = fit.predict(4);
    expect(f.length).toBe(4);
    expect(f[0]).toBeGreaterThan(0);
    expect(f[3]).toBe(f[0]);
    expect(fit.describe().form).toEqual({ code: 'croston', variant: 'sba' });
    const alpha = fit.describe().parameters.find((p) => p.name.code === 'alphaSize')?.value ?? 0;
    expect(alpha).toBeGreaterThanOrEqual(0.05);
    expect(alpha).toBeLessThanOrEqual(0.3);
  });

  it('TSB lets the forecast of an item that stopped selling decay, Croston does not', () => {
    const values = [2, 0, 3, 0, 2, 0, 3, 0, 2, 0, ...new Array<number>(30).fill(0)];
    const tsb = tsbForecaster.fit(series(values), options).predict(1)[0] ?? NaN;
    const croston = crostonForecaster.fit(series(values), options).predict(1)[0] ?? NaN;
    expect(tsb).toBeLessThan(0.2);
    expect(croston).toBeGreaterThan(0.5);
  });

  it('a constant series forecasts its level', () => {
    const fit = crostonForecaster.fit(series(new Array<number>(20).fill(5)), options);
    expect(fit.predict(1)[0]).toBeCloseTo(5, 12);
  });
});
