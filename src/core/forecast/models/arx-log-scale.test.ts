import { describe, it, expect } from 'vitest';
import type { SeriesInput } from '../types';
import { arxForecaster, fitArx } from './arx';
import { logOffset, smearingFactors } from './arx-log-scale';
import { seededNormals } from './arima/simulate';

const MONDAY = 19723; // 2024-01-01
const options = { horizon: 8, seed: 1 };

function weekly(y: Float64Array, price: Float64Array, promo: Float64Array): SeriesInput {
  return {
    y,
    frequency: 'weekly',
    dates: Int32Array.from({ length: price.length }, (_, i) => MONDAY + 7 * i),
    covariates: [
      { name: 'price', kind: 'numeric', values: price },
      { name: 'promo', kind: 'binary', values: promo },
    ],
  };
}

/**
 * log y_t = 5 + 0.3·(log y_{t−1} − 5) − 2·log(price_t / 2) + 0.7·promo_t + 0.2·e_t: demand that
 * answers price with elasticity −2 and a promotion with a lift of e^0.7 ≈ 2. The price moves between
 * 1.6 and 2.8 over the history; the 8 planned weeks cut it to 1.4 and raise it to 3.
 */
function multiplicative(seed: number, n: number) {
  const noise = seededNormals(seed, n + 8);
  const swings = seededNormals(seed + 1000, n);
  const plan = [2, 1.4, 1.4, 2, 3, 3, 2, 2];
  const price = Float64Array.from({ length: n + 8 }, (_, t) =>
    t < n ? 2 + 0.6 * Math.tanh(swings[t - (t % 4)] ?? 0) : (plan[t - n] ?? 2),
  );
  const promo = Float64Array.from({ length: n + 8 }, (_, t) => (t % 9 === 4 ? 1 : 0));
  const all = new Float64Array(n + 8);
  let previous = 5;
  for (let t = 0; t < n + 8; t++) {
    const z =
      5 +
      0.3 * (previous - 5) -
      2 * Math.log((price[t] ?? 2) / 2) +
      0.7 * (promo[t] ?? 0) +
      0.2 * (noise[t] ?? 0);
    all[t] = Math.exp(z);
    previous = z;
  }
  return { series: weekly(all.slice(0, n), price, promo), future: all.subarray(n) };
}

describe('AR-X log-linear form', () => {
  it('is chosen for multiplicative price and promotion effects, and forecasts planned price changes far better', () => {
    let logError = 0;
    let additiveError = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { series, future } = multiplicative(seed, 120);
      const fit = arxForecaster.fit(series, options);
      expect(fit.describe().form).toMatchObject({ code: 'arx', scale: 'log' });
      const elasticity =
        fit
          .describe()
          .parameters.find(
            (p) => p.name.code === 'covariate' && p.name.column === 'price' && p.name.scale === 'log',
          )?.value ?? NaN;
      expect(Math.abs(elasticity + 2)).toBeLessThan(0.3);
      const chosen = fit.predict(8);
      const additive = fitArx(series, ['additive']).predict(8);
      // The weeks whose planned price leaves the regular 2.
      for (const h of [1, 2, 4, 5]) {
        logError += Math.abs((chosen[h] ?? 0) - (future[h] ?? 0));
        additiveError += Math.abs((additive[h] ?? 0) - (future[h] ?? 0));
      }
    }
    expect(logError).toBeLessThan(0.6 * additiveError);
  });

  it('stays additive for additive effects', () => {
    const noise = seededNormals(3, 120);
    const promo = Float64Array.from({ length: 128 }, (_, t) => (t % 9 === 4 ? 1 : 0));
    const price = new Float64Array(128).fill(2);
    const y = Float64Array.from({ length: 120 }, (_, t) => 50 + 30 * (promo[t] ?? 0) + 3 * (noise[t] ?? 0));
    expect(arxForecaster.fit(weekly(y, price, promo), options).describe().form).toMatchObject({
      code: 'arx',
      scale: 'additive',
    });
  });

  it('handles zero sales: log1p for unit counts, finite non-negative forecasts near the true means', () => {
    // Units ~ Poisson(1.5), tripled on promotion: a third of the weeks sell nothing.
    const n = 300;
    const uniforms = seededNormals(11, 4 * n).map((v) => 0.5 * (1 + Math.tanh(v)));
    const promo = Float64Array.from({ length: n + 8 }, (_, t) => (t % 5 === 0 ? 1 : 0));
    let u = 0;
    const poisson = (rate: number): number => {
      // Knuth's method with the deterministic uniforms above.
      let k = 0;
      let product = uniforms[u++ % uniforms.length] ?? 0.5;
      while (product > Math.exp(-rate)) {
        k++;
        product *= uniforms[u++ % uniforms.length] ?? 0.5;
      }
      return k;
    };
    const y = Float64Array.from({ length: n }, (_, t) => poisson(1.5 * ((promo[t] ?? 0) ? 3 : 1)));
    expect(logOffset(y)).toBe(1);
    const series = weekly(y, new Float64Array(n + 8).fill(2), promo);
    const forecast = fitArx(series, ['log']).predict(8);
    expect(forecast.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    const mean = (pick: (t: number) => boolean) => {
      const values = Array.from(y).filter((_, t) => pick(t));
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    // Forecast weeks n + h; promoted when (n + h) % 5 === 0, i.e. h = 0 and h = 5.
    expect((forecast[0] ?? 0) / mean((t) => promo[t] === 1)).toBeCloseTo(1, 0);
    expect((forecast[2] ?? 0) / mean((t) => promo[t] === 0)).toBeCloseTo(1, 0);
  });

  it('forecasts the mean, not the median: unbiased on simulated log-normal sales', () => {
    // log y_t = 3 + 0.5·(log y_{t−1} − 3) + 0.5·e_t; the h-step mean is exp(μ_h + ½·0.25·Σψ²).
    let forecastSum = 0;
    let meanSum = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const n = 200;
      const noise = seededNormals(seed, n);
      const y = new Float64Array(n);
      let z = 3;
      for (let t = 0; t < n; t++) {
        z = 3 + 0.5 * (z - 3) + 0.5 * (noise[t] ?? 0);
        y[t] = Math.exp(z);
      }
      const forecast = fitArx(
        {
          y,
          frequency: 'weekly',
          dates: Int32Array.from({ length: n + 4 }, (_, i) => MONDAY + 7 * i),
          covariates: [],
        },
        ['log'],
      ).predict(4);
      let spread = 0;
      for (let h = 0; h < 4; h++) {
        spread += 0.25 ** h;
        forecastSum += forecast[h] ?? 0;
        meanSum += Math.exp(3 + 0.5 ** (h + 1) * (z - 3) + 0.5 * 0.25 * spread);
      }
    }
    // Without the correction the forecasts would be the median, e^{−σ²/2} ≈ 12 % lower.
    expect(forecastSum / meanSum).toBeGreaterThan(0.97);
    expect(forecastSum / meanSum).toBeLessThan(1.03);
  });
});

describe('smearingFactors', () => {
  it('grows with the horizon by the AR recursion and is capped by the series variance', () => {
    const residuals = Float64Array.of(-0.5, 0.5);
    const factors = smearingFactors(residuals, new Map([[1, 0.5]]), 10, 3);
    expect(factors[0]).toBeCloseTo(Math.cosh(0.5), 12);
    expect(factors[1]).toBeCloseTo(Math.cosh(0.5 * Math.sqrt(1.25)), 12);
    const capped = smearingFactors(residuals, new Map([[1, 0.9]]), 0.3, 20);
    expect(capped[19]).toBeCloseTo(Math.cosh(0.5 * Math.sqrt(0.3 / 0.25)), 12);
  });
});
