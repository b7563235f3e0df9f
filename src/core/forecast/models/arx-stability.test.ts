import { describe, expect, it } from 'vitest';
import { arxForecaster } from './arx';
import { impulseResponse, isExplosive } from './arx-stability';

const lags = (entries: [number, number][]) => new Map(entries);

describe('impulseResponse', () => {
  it('follows the recursion: AR(1) decays geometrically, a seasonal lag repeats the shock', () => {
    expect(Array.from(impulseResponse(lags([[1, 0.5]]), 4))).toEqual([1, 0.5, 0.25, 0.125]);
    expect(Array.from(impulseResponse(lags([[3, 1]]), 7))).toEqual([1, 0, 0, 1, 0, 0, 1]);
  });
});

describe('isExplosive', () => {
  it('accepts stationary and unit-root recursions', () => {
    expect(isExplosive(lags([]))).toBe(false);
    expect(isExplosive(lags([[1, 0.9]]))).toBe(false);
    expect(isExplosive(lags([[1, 1]]))).toBe(false); // a random walk
    expect(isExplosive(lags([[7, 1]]))).toBe(false); // a repeating week
    expect(
      isExplosive(
        lags([
          [1, 0.5],
          [7, 0.3],
          [14, 0.15],
        ]),
      ),
    ).toBe(false);
    expect(
      isExplosive(
        lags([
          [1, 1.6],
          [2, -0.8],
        ]),
      ),
    ).toBe(false); // damped cycle
  });

  it('rejects recursions that amplify shocks, whatever the sign of their coefficients', () => {
    expect(isExplosive(lags([[1, 1.1]]))).toBe(true);
    expect(isExplosive(lags([[1, -1.2]]))).toBe(true);
    // Coefficients summing below 1 can still explode (what a short bakery history gave).
    expect(
      isExplosive(
        lags([
          [1, 0.13],
          [7, 1.86],
          [14, -4.03],
        ]),
      ),
    ).toBe(true);
  });
});

describe('AR-X on a season that has just begun', () => {
  it('forecasts on the scale of the history, not an exploding recursion', () => {
    // Three months without a sale, then the first few (a Valentine's card in late January).
    const y = Float64Array.from([
      ...Array<number>(90).fill(0),
      1,
      0,
      0,
      0,
      0,
      1,
      0,
      5,
      0,
      0,
      0,
      0,
      2,
      1,
      1,
      0,
    ]);
    const horizon = 28;
    const dates = Int32Array.from({ length: y.length + horizon }, (_, i) => 19723 + i);
    const model = arxForecaster.fit({ y, frequency: 'daily', dates, covariates: [] }, { horizon, seed: 1 });
    const forecast = Array.from(model.predict(horizon));
    expect(forecast.every(Number.isFinite)).toBe(true);
    expect(Math.max(...forecast)).toBeLessThanOrEqual(5);
  });
});
