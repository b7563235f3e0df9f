import { describe, it, expect } from 'vitest';
import type { SeriesInput } from '../../types';
import { arimaForecaster } from './arima';
import { fillGaps } from './fill-gaps';
import { seededNormals, simulateArma11 } from './simulate';

function daily(y: Float64Array): SeriesInput {
  return {
    y,
    frequency: 'daily',
    dates: new Int32Array(y.length + 28).map((_, i) => 18000 + i),
    covariates: [],
  };
}
const options = { horizon: 14, seed: 1 };
const PATTERN = [10, 4, 4, 5, 6, 8, 12];

describe('fillGaps', () => {
  it('drops leading gaps, interpolates inner ones and carries the last value forward', () => {
    const { values, offset } = fillGaps(Float64Array.of(NaN, 2, NaN, NaN, 8, NaN));
    expect(offset).toBe(1);
    expect(Array.from(values)).toEqual([2, 4, 6, 8, 8]);
  });
});

describe('auto ARIMA forecaster', () => {
  it('models a weekly pattern with a seasonal difference and forecasts the pattern', () => {
    const noise = seededNormals(4, 210);
    const y = noise.map((e, t) => 30 + PATTERN[t % 7]! + 0.7 * e);
    const fit = arimaForecaster.fit(daily(y), options);
    expect(fit.describe().form).toMatchObject({
      code: 'arima',
      notation: expect.stringMatching(/^ARIMA\(\d,\d,\d\)\(\d,1,\d\)\[7\]$/),
    });
    const forecast = fit.predict(14);
    let error = 0;
    forecast.forEach((f, h) => (error += Math.abs(f - (30 + PATTERN[(210 + h) % 7]!))));
    expect(error / 14).toBeLessThan(1.2);
  });

  it('differences a random walk and reports its coefficients', () => {
    let level = 100;
    const y = seededNormals(8, 300).map((e) => (level += e));
    const fit = arimaForecaster.fit(daily(y), options);
    expect(fit.describe().form).toMatchObject({ notation: expect.stringMatching(/^ARIMA\(\d,1,\d\)/) });
    expect(fit.describe().parameters.some((p) => p.name.code === 'sigma2')).toBe(true);
    expect(fit.describe().aicc).toBeTypeOf('number');
    // A random walk's forecasts stay near the last value.
    expect(Math.abs((fit.predict(1)[0] ?? 0) - level)).toBeLessThan(3);
  });

  it('finds the AR(1) behind a stationary series', () => {
    const y = simulateArma11(13, 400, 0.6, 0, 4);
    const described = arimaForecaster.fit({ ...daily(y), frequency: 'monthly' }, options).describe();
    expect(described.form).toMatchObject({
      notation: expect.stringMatching(/^ARIMA\(1,0,0\)(\(0,0,0\)\[12\])?$/),
      constant: 'mean',
    });
    const ar1 = described.parameters.find((p) => p.name.code === 'ar' && p.name.n === 1);
    expect(Math.abs((ar1?.value ?? 0) - 0.6)).toBeLessThan(0.1);
  });

  it('aligns fitted values with the history and skips missing periods', () => {
    const y = simulateArma11(3, 120, 0.5, 0, 10);
    y[50] = NaN;
    const fit = arimaForecaster.fit(daily(y), options);
    expect(fit.fitted.length).toBe(120);
    expect(Number.isNaN(fit.fitted[50] ?? 0)).toBe(true);
    expect(Math.abs((fit.fitted[60] ?? 0) - (y[60] ?? 0))).toBeLessThan(4);
  });

  it('never forecasts below 0 for sales and handles all-zero, constant and tiny series', () => {
    const falling = Float64Array.from({ length: 60 }, (_, t) => Math.max(0, 60 - t));
    expect(Math.min(...arimaForecaster.fit(daily(falling), options).predict(30))).toBeGreaterThanOrEqual(0);
    expect(Array.from(arimaForecaster.fit(daily(new Float64Array(40)), options).predict(3))).toEqual([
      0, 0, 0,
    ]);
    const constant = arimaForecaster.fit(daily(new Float64Array(40).fill(7)), options).predict(3);
    constant.forEach((v) => expect(v).toBeCloseTo(7, 9));
    expect(Array.from(arimaForecaster.fit(daily(Float64Array.of(NaN, 2, 4)), options).predict(2))).toEqual([
      3, 3,
    ]);
    expect(arimaForecaster.fit(daily(new Float64Array(5).fill(NaN)), options).predict(2)[0]).toBe(0);
  });

  it('gives the same model twice (deterministic)', () => {
    const y = simulateArma11(17, 200, 0.3, 0.3, 5);
    const a = arimaForecaster.fit(daily(y), options).predict(7);
    const b = arimaForecaster.fit(daily(y), options).predict(7);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
