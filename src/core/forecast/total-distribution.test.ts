import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../metrics/normal';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import type { ForecastDistribution } from './distribution';
import { EXACT_WINDOW_SERIES, totalDistribution } from './total-distribution';
import { addTotalErrors, calibrateTotal, createTotalErrors, type ValidationWindow } from './total-errors';

const HORIZON = 4;

/**
 * A series whose every period is normal around its point with standard deviation sigma; a period
 * whose point is 0 is closed (every quantile 0), as distribution.ts answers for closed periods.
 */
function normalSeries(point: number[], sigma: number): ForecastDistribution {
  const quantile = (step: number, p: number) =>
    point[step] === 0 ? 0 : Math.max(0, (point[step] as number) + sigma * normalQuantile(p));
  return {
    horizon: point.length,
    point: Float64Array.from(point),
    pooled: true,
    quantile,
    quantiles: (p) => Float64Array.from(point, (_, step) => quantile(step, p)),
    // Steps fully dependent: the window sum's quantile is the sum of the steps' quantiles.
    sumQuantile: (from, to, p) => {
      let sum = 0;
      for (let step = from; step < to; step++) sum += quantile(step, p);
      return sum;
    },
    samplePaths: () => new Float64Array(),
  };
}

/**
 * Errors e_is = σ_i (√ρ · common_s + √(1 − ρ) · own_is) at `origins` validation origins, one cell
 * per (origin, step): a shared shock (a holiday) plus each series' own noise.
 */
function simulateErrors(sigmas: number[], rho: number, origins: number, seed: number): ValidationWindow[][] {
  const normal = normalSampler(mulberry32(seed));
  const perSeries: ValidationWindow[][] = sigmas.map(() => []);
  for (let o = 0; o < origins; o++) {
    const common = Array.from({ length: HORIZON }, () => normal());
    sigmas.forEach((sigma, i) => {
      const forecast = new Float64Array(HORIZON).fill(1000);
      const actual = Float64Array.from(
        forecast,
        (value, step) =>
          value + sigma * (Math.sqrt(rho) * (common[step] as number) + Math.sqrt(1 - rho) * normal()),
      );
      (perSeries[i] as ValidationWindow[]).push({ originDate: 20000 + o * 7, forecast, actual });
    });
  }
  return perSeries;
}

function factorOf(windows: ValidationWindow[][]): number {
  const errors = createTotalErrors(HORIZON);
  for (const series of windows) addTotalErrors(errors, series);
  return calibrateTotal(errors)?.factor ?? NaN;
}

describe('totalDistribution', () => {
  const points = [
    [10, 12, 0, 9],
    [40, 38, 0, 41],
    [5, 6, 0, 4],
  ];
  const sigmas = [2, 8, 1];
  const series = points.map((point, i) => normalSeries(point, sigmas[i] as number));

  it('has the sum of the series points as its point, 0 on a period closed everywhere', () => {
    const total = totalDistribution(series, { factor: 0.5, cells: 100 }, HORIZON);
    expect(Array.from(total.point)).toEqual([55, 56, 0, 54]);
    expect(total.quantile(2, 0.9)).toBe(0);
  });

  it('with fully dependent errors (k = 1) is the sum of the series bands', () => {
    const total = totalDistribution(series, { factor: 1, cells: 100 }, HORIZON);
    const sumOf = (p: number) => series.reduce((sum, s) => sum + s.quantile(1, p), 0);
    expect(total.quantile(1, 0.1)).toBeCloseTo(sumOf(0.1), 9);
    expect(total.quantile(1, 0.9)).toBeCloseTo(sumOf(0.9), 9);
    const windowSum = series.reduce((sum, s) => sum + s.sumQuantile(0, HORIZON, 0.9), 0);
    expect(total.sumQuantile(0, HORIZON, 0.9)).toBeCloseTo(windowSum, 9);
  });

  it('without a measured factor sums the series quantiles', () => {
    expect(totalDistribution(series, null, HORIZON).factor).toBe(1);
  });

  it('with independent errors is the square-root-of-sum-of-squares band, narrower than the sum', () => {
    const k = Math.hypot(...sigmas) / sigmas.reduce((a, b) => a + b, 0);
    const total = totalDistribution(series, { factor: k, cells: 100 }, HORIZON);
    const halfWidth = total.quantile(0, 0.9) - total.point[0]!;
    expect(halfWidth).toBeCloseTo(Math.hypot(...sigmas) * normalQuantile(0.9), 9);
    const summed = series.reduce((sum, s) => sum + s.quantile(0, 0.9), 0) - total.point[0]!;
    expect(halfWidth).toBeLessThan(summed);
  });

  it('rises with p and keeps the point inside every central band', () => {
    const total = totalDistribution(series, { factor: 0.4, cells: 100 }, HORIZON);
    for (const level of [0.5, 0.8, 0.9, 0.95]) {
      const low = total.quantiles((1 - level) / 2);
      const high = total.quantiles((1 + level) / 2);
      [0, 1, 3].forEach((step) => {
        expect(low[step]).toBeLessThanOrEqual(total.point[step]!);
        expect(high[step]).toBeGreaterThanOrEqual(total.point[step]!);
      });
    }
    expect(total.sumQuantile(0, HORIZON, 0.1)).toBeLessThan(total.sumQuantile(0, HORIZON, 0.5));
    expect(total.sumQuantile(0, HORIZON, 0.5)).toBeLessThan(total.sumQuantile(0, HORIZON, 0.9));
  });
});

describe('a large catalogue', () => {
  it('reads the window sums of the largest series exactly and scales the rest alike', () => {
    // Window offsets 60% of the summed step offsets (steps partly offset each other), for every series.
    const windowed = (point: number[], sigma: number): ForecastDistribution => {
      const base = normalSeries(point, sigma);
      return {
        ...base,
        sumQuantile: (from, to, p) => {
          let own = 0;
          for (let step = from; step < to; step++) own += point[step] as number;
          return own + 0.6 * (base.sumQuantile(from, to, p) - own);
        },
      };
    };
    const count = EXACT_WINDOW_SERIES + 300;
    const series = Array.from({ length: count }, (_, i) =>
      windowed([100 + i, 90 + i, 95 + i, 99 + i], 5 + (i % 7)),
    );
    const total = totalDistribution(series, { factor: 0.3, cells: 100 }, HORIZON);
    let expected = 0;
    for (const s of series) {
      let own = 0;
      for (let step = 0; step < HORIZON; step++) own += s.point[step]!;
      expected += s.sumQuantile(0, HORIZON, 0.9) - own;
    }
    const points = series.reduce((sum, s) => sum + s.point.reduce((a, b) => a + b, 0), 0);
    expect(total.sumQuantile(0, HORIZON, 0.9)).toBeCloseTo(points + 0.3 * expected, 6);
  });
});

describe('the measured factor', () => {
  it('is 1 when every series errs in proportion (perfect correlation)', () => {
    expect(factorOf(simulateErrors([1, 3, 10, 0.5], 1, 6, 1))).toBeCloseTo(1, 9);
  });

  it('is about √(Σσ²)/Σσ for independent series', () => {
    const sigmas = Array.from({ length: 16 }, () => 5);
    expect(factorOf(simulateErrors(sigmas, 0, 200, 2))).toBeCloseTo(0.25, 1);
  });

  it('gives the total an 80% band that holds about 80% of simulated correlated totals', () => {
    const random = mulberry32(7);
    const sigmas = Array.from({ length: 30 }, () => 1 + 20 * random());
    const rho = 0.3;
    // Measured on four validation origins, as a run has.
    const factor = factorOf(simulateErrors(sigmas, rho, 4, 3));
    const series = sigmas.map((sigma) => normalSeries([1000, 1000, 1000, 1000], sigma));
    const total = totalDistribution(series, { factor, cells: 4 * HORIZON }, HORIZON);
    const low = total.quantiles(0.1);
    const high = total.quantiles(0.9);
    const fresh = simulateErrors(sigmas, rho, 500, 4);
    let covered = 0;
    let count = 0;
    for (let o = 0; o < 500; o++) {
      for (let step = 0; step < HORIZON; step++) {
        const actual = fresh.reduce((sum, windows) => sum + windows[o]!.actual[step]!, 0);
        covered += actual >= low[step]! && actual <= high[step]! ? 1 : 0;
        count++;
      }
    }
    expect(covered / count).toBeGreaterThan(0.72);
    expect(covered / count).toBeLessThan(0.88);
    // Summing the series' bands (comonotone) would cover far more: the band is genuinely narrower.
    const comonotone = totalDistribution(series, null, HORIZON);
    expect(high[0]! - low[0]!).toBeLessThan(
      0.8 * (comonotone.quantile(0, 0.9) - comonotone.quantile(0, 0.1)),
    );
  });
});
