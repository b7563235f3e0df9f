import { describe, it, expect } from 'vitest';
import type { SeriesCovariate, SeriesInput } from '../types';
import type { ParameterName } from '../model-form';
import { arxForecaster } from './arx';
import { dayOfWeek } from './arx-features';
import { seededNormals } from './arima/simulate';

const options = { horizon: 8, seed: 1 };
const MONDAY = 19723; // 2024-01-01

function input(
  y: Float64Array,
  covariates: SeriesCovariate[],
  frequency: SeriesInput['frequency'],
  horizon: number,
): SeriesInput {
  const step = frequency === 'daily' ? 1 : 7;
  return {
    y,
    frequency,
    dates: Int32Array.from({ length: y.length + horizon }, (_, i) => MONDAY + i * step),
    covariates,
  };
}

function parameter(fit: ReturnType<typeof arxForecaster.fit>, name: ParameterName): number {
  return fit.describe().parameters.find((p) => JSON.stringify(p.name) === JSON.stringify(name))?.value ?? NaN;
}

/** y_t = 5 + 0.5·y_{t−1} + 3·promo_t + noise, weekly (no calendar dummies under a year). */
function promoSeries(n: number, horizon: number, futurePromo: number[]) {
  const noise = seededNormals(31, n);
  const promo = Float64Array.from({ length: n + horizon }, (_, t) =>
    t < n ? (t % 5 === 0 ? 1 : 0) : (futurePromo[t - n] ?? 0),
  );
  const y = new Float64Array(n);
  let previous = 10;
  for (let t = 0; t < n; t++)
    previous = y[t] = 5 + 0.5 * previous + 3 * (promo[t] ?? 0) + 0.3 * (noise[t] ?? 0);
  return { y, promo };
}

describe('dayOfWeek', () => {
  it('knows 1970-01-01 was a Thursday and 2024-01-01 a Monday', () => {
    expect(dayOfWeek(0)).toBe(3);
    expect(dayOfWeek(MONDAY)).toBe(0);
  });
});

describe('AR-X', () => {
  it('recovers the lag and promo effects of a known process (within the 1% ridge shrinkage and noise)', () => {
    const { y, promo } = promoSeries(50, 4, [0, 1, 0, 0]);
    const fit = arxForecaster.fit(
      input(y, [{ name: 'promo', kind: 'binary', values: promo }], 'weekly', 4),
      options,
    );
    expect(Math.abs(parameter(fit, { code: 'covariate', column: 'promo', scale: 'level' }) - 3)).toBeLessThan(
      0.2,
    );
    expect(Math.abs(parameter(fit, { code: 'lag', n: 1 }) - 0.5)).toBeLessThan(0.06);
    expect(fit.describe().form).toMatchObject({
      code: 'arx',
      scale: 'additive',
      lags: expect.arrayContaining([1]),
    });
  });

  it('uses the planned future promotion and feeds predictions back as lags', () => {
    const { y, promo } = promoSeries(50, 4, [0, 1, 0, 0]);
    const f = arxForecaster
      .fit(input(y, [{ name: 'promo', kind: 'binary', values: promo }], 'weekly', 4), options)
      .predict(4);
    // The promo week jumps by about 3, and half of that carries into the next week through lag 1.
    expect((f[1] ?? 0) - (f[0] ?? 0)).toBeGreaterThan(2);
    expect((f[2] ?? 0) - (f[3] ?? 0)).toBeGreaterThan(0.5);
  });

  it('names day-of-week and event effects the way users read them', () => {
    const n = 140;
    const noise = seededNormals(5, n);
    const event = Float64Array.from({ length: n + 7 }, (_, t) => (t % 30 === 10 ? 0 : NaN));
    const y = Float64Array.from(
      { length: n },
      (_, t) => 20 + (dayOfWeek(MONDAY + t) === 5 ? 8 : 0) + (event[t] === 0 ? 15 : 0) + (noise[t] ?? 0),
    );
    const covariate = {
      name: 'event',
      kind: 'categorical' as const,
      values: event,
      categories: ['SuperBowl'],
    };
    const fit = arxForecaster.fit(input(y, [covariate], 'daily', 7), options);
    expect(parameter(fit, { code: 'category', column: 'event', category: 'SuperBowl' })).toBeGreaterThan(10);
    expect(
      parameter(fit, { code: 'weekday', day: 5 }) - parameter(fit, { code: 'weekday', day: 1 }),
    ).toBeGreaterThan(5);
  });

  it('skips missing targets and never forecasts below 0', () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => Math.max(0, 30 - t));
    y[10] = NaN;
    const fit = arxForecaster.fit(input(y, [], 'weekly', 8), options);
    expect(Number.isNaN(fit.fitted[10] ?? 0)).toBe(true);
    expect(Number.isNaN(fit.fitted[12] ?? NaN)).toBe(false);
    const f = fit.predict(8);
    expect(f.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
  });

  it('handles all-zero, constant and too-short series', () => {
    expect(
      Array.from(arxForecaster.fit(input(new Float64Array(30), [], 'daily', 3), options).predict(3)),
    ).toEqual([0, 0, 0]);
    arxForecaster
      .fit(input(new Float64Array(30).fill(6), [], 'daily', 3), options)
      .predict(3)
      .forEach((v) => expect(v).toBeCloseTo(6, 9));
    const short = arxForecaster.fit(input(Float64Array.of(2, NaN, 4), [], 'daily', 2), options);
    expect(Array.from(short.predict(2))).toEqual([3, 3]);
  });
});
