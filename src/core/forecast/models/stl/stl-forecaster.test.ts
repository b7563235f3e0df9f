import { describe, it, expect } from 'vitest';
import { makeStlForecaster, stlForecaster } from './stl-forecaster';
import { seriesOf } from '../series-fixture';
import { AIR_PASSENGERS, meanAbsolutePercentageError } from '../reference-series';

const options = { horizon: 12, seed: 1 };

describe('stlForecaster', () => {
  it('forecasts AirPassengers 1960 from 1949–1959 far better than seasonal naive (10% MAPE)', () => {
    const model = stlForecaster.fit(seriesOf(AIR_PASSENGERS.slice(0, 132), 'monthly'), options);
    expect(model.describe().form).toMatchObject({
      code: 'stl',
      periods: [12],
      inner: { code: 'ets', notation: expect.stringMatching(/^ETS\(A,/) },
    });
    expect(meanAbsolutePercentageError(AIR_PASSENGERS.slice(132), model.predict(12))).toBeLessThan(0.065);
  });

  it('models a 52-week season that ETS alone refuses', () => {
    const weekly = Array.from(
      { length: 140 },
      (_, t) => 1000 + 300 * Math.max(0, Math.sin((2 * Math.PI * t) / 52)) + (t % 3),
    );
    const model = stlForecaster.fit(seriesOf(weekly, 'weekly'), { horizon: 8, seed: 1 });
    expect(model.describe().form).toMatchObject({ code: 'stl', periods: [52] });
    const forecast = model.predict(8);
    for (let h = 0; h < 8; h++) expect(forecast[h]).toBeCloseTo(weekly[140 - 52 + h] ?? 0, -1);
  });

  it('uses the Theta variant on request and survives gaps, zeros and constants', () => {
    const withGaps = AIR_PASSENGERS.slice(0, 60).map((v, t) => (t % 11 === 3 ? NaN : v));
    const theta = makeStlForecaster('theta').fit(seriesOf(withGaps, 'monthly'), options);
    expect(theta.describe().form).toEqual({
      code: 'stl',
      periods: [12],
      inner: { code: 'theta', optimised: false, theta: 2, season: null },
    });
    expect(theta.predict(12).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    expect([...stlForecaster.fit(seriesOf(new Array(40).fill(0), 'monthly'), options).predict(3)]).toEqual([
      0, 0, 0,
    ]);
    expect([...stlForecaster.fit(seriesOf(new Array(40).fill(9), 'monthly'), options).predict(2)]).toEqual([
      9, 9,
    ]);
  });

  it('keeps forecasts non-negative for sparse sales', () => {
    const sparse = Array.from({ length: 60 }, (_, t) => (t % 12 === 0 ? 50 : t % 12 === 1 ? 5 : 0));
    const forecast = stlForecaster.fit(seriesOf(sparse, 'monthly'), options).predict(12);
    expect(Math.min(...forecast)).toBeGreaterThanOrEqual(0);
    expect(forecast[0]).toBeGreaterThan(30);
  });
});
