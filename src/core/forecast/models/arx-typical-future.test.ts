import { describe, it, expect } from 'vitest';
import type { SeriesCovariate, SeriesInput } from '../types';
import { arxForecaster } from './arx';
import { typicalCategory, typicalValue, withTypicalFuture } from './arx-typical-future';
import { seededNormals } from './arima/simulate';

const MONDAY = 19723; // 2024-01-01
const HORIZON = 6;

/** Weekly y_t = 20 + 0.3·y_{t−1} + 12·promo_t + noise, promoted every 6th week and in the last one. */
function promoInLastWeek(n: number) {
  const noise = seededNormals(7, n);
  const promo = Float64Array.from({ length: n }, (_, t) => (t % 6 === 2 || t === n - 1 ? 1 : 0));
  const y = new Float64Array(n);
  let previous = 28;
  for (let t = 0; t < n; t++)
    previous = y[t] = 20 + 0.3 * previous + 12 * (promo[t] ?? 0) + 0.5 * (noise[t] ?? 0);
  return { y, promo };
}

function weekly(y: Float64Array, covariate: SeriesCovariate): SeriesInput {
  return {
    y,
    frequency: 'weekly',
    dates: Int32Array.from({ length: y.length + HORIZON }, (_, i) => MONDAY + 7 * i),
    covariates: [covariate],
  };
}

describe('typicalValue', () => {
  it('takes the most frequent value of a 0/1 column, 0 on a tie, and the median of anything else', () => {
    expect(typicalValue([0, 1, 0, 0, 1])).toBe(0);
    expect(typicalValue([1, 1, 0, 1])).toBe(1);
    expect(typicalValue([1, 0])).toBe(0);
    expect(typicalValue([2.5, 1.99, 2.5, 2.49, NaN])).toBe(2.495);
    expect(typicalValue([NaN])).toBeNaN();
  });

  it('fills the future from the recent quarter-year, not the whole history', () => {
    // A year at price 3, then 13 weeks at 4 with one markdown week at 2 (the last one).
    const history = [...Array<number>(52).fill(3), ...Array<number>(12).fill(4), 2];
    const values = Float64Array.from([...history, 2, 2]);
    expect(Array.from(withTypicalFuture(values, history.length, 'weekly').slice(history.length))).toEqual([
      4, 4,
    ]);
  });
});

describe('typicalCategory', () => {
  it('counts a blank period as a state of its own: an event column is typically blank', () => {
    expect(typicalCategory([NaN, 3, NaN, NaN, 5, NaN])).toBeNaN();
    expect(typicalCategory([NaN, 3, 3, NaN])).toBeNaN(); // a tie goes to no category
    expect(typicalCategory([2, 2, 0, NaN])).toBe(2);
    expect(typicalCategory([1, 0, 1, 0])).toBe(0); // a tie between codes goes to the lowest
  });

  it('gives an unplanned event column no event over the horizon, not a code of the recent ones', () => {
    // Three events in the last quarter-year (codes 4, 7, 9), blank on every other day.
    const history = Array.from({ length: 120 }, (_, t) =>
      t === 30 ? 4 : t === 70 ? 7 : t === 110 ? 9 : NaN,
    );
    const values = Float64Array.from([...history, 7, NaN, NaN]);
    const future = withTypicalFuture(values, history.length, 'daily', true).slice(history.length);
    expect(Array.from(future).every(Number.isNaN)).toBe(true);
  });
});

describe('AR-X without a plan', () => {
  it('does not carry a promotion in the last history week into the unplanned future', () => {
    const n = 80;
    const { y, promo } = promoInLastWeek(n);
    // What series-input.ts builds when the file has no plan rows: the last value carried forward, flagged.
    const carried = Float64Array.from({ length: n + HORIZON }, (_, t) => (t < n ? (promo[t] ?? 0) : 1));
    const covariate: SeriesCovariate = {
      name: 'promo',
      kind: 'binary',
      values: carried,
      carriedForward: true,
    };
    const forecast = arxForecaster.fit(weekly(y, covariate), { horizon: HORIZON, seed: 1 }).predict(HORIZON);
    // Regular weeks settle near 20 / (1 − 0.3) ≈ 28.6; promoted ones near 40.
    for (const value of forecast.subarray(1)) expect(value).toBeLessThan(31);
    // The same future, planned (no flag), is forecast as a promotion.
    const planned = arxForecaster
      .fit(weekly(y, { name: 'promo', kind: 'binary', values: carried }), { horizon: HORIZON, seed: 1 })
      .predict(HORIZON);
    for (const value of planned) expect(value).toBeGreaterThan(36);
  });

  it('hides the real values after a rolling origin too, so validation sees the plan-less forecast', () => {
    const n = 80;
    const { y, promo } = promoInLastWeek(n);
    const origin = n - HORIZON;
    // At an origin inside the history the covariate's later values are real (a promotion at origin + 1).
    const real = Float64Array.from(promo);
    real[origin + 1] = 1;
    const atOrigin = (covariate: SeriesCovariate): Float64Array =>
      arxForecaster
        .fit(
          {
            ...weekly(y.slice(0, origin), covariate),
            dates: Int32Array.from({ length: n }, (_, i) => MONDAY + 7 * i),
          },
          { horizon: HORIZON, seed: 1 },
        )
        .predict(HORIZON);
    const unplanned = atOrigin({ name: 'promo', kind: 'binary', values: real, carriedForward: true });
    const planned = atOrigin({ name: 'promo', kind: 'binary', values: real });
    expect((planned[1] ?? 0) - (unplanned[1] ?? 0)).toBeGreaterThan(8);
  });
});
