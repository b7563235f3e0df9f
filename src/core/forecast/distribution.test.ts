import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../metrics/normal';
import { mulberry32 } from '../metrics/seeded-random';
import { forecastDistribution, type StoredForecast } from './distribution';
import { gridFromQuantiles } from './quantile-grid';
import { RUN_CALIBRATION_SCHEMA, type RunCalibration } from './run-calibration';

const HORIZON = 4;
const WINDOWS = 256;

/** Ranks of WINDOWS windows: each step's ranks evenly spread, shuffled per step (independent) or shared (comonotone). */
function ranks(kind: 'independent' | 'comonotone'): Float32Array {
  const random = mulberry32(7);
  const out = new Float32Array(WINDOWS * HORIZON);
  for (let step = 0; step < HORIZON; step++) {
    const order = Array.from({ length: WINDOWS }, (_, i) => i);
    if (kind === 'independent') {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
    }
    order.forEach((rank, w) => (out[w * HORIZON + step] = (rank + 0.5) / WINDOWS));
  }
  return out;
}

/** A run whose only model has standard normal scaled errors at every step. */
function normalRun(dependence: Float32Array | null): RunCalibration {
  const grid = gridFromQuantiles(HORIZON, (_, p) => normalQuantile(p));
  return {
    schema: RUN_CALIBRATION_SCHEMA,
    horizon: HORIZON,
    models: { ets: { grid, errorCount: 1000, dependence } },
    combinations: {},
    total: null,
  };
}

const stored = (patch: Partial<StoredForecast> = {}): StoredForecast => ({
  model: 'ets',
  point: Float64Array.from([100, 100, 100, 100]),
  scale: 10,
  members: ['ets'],
  own: { p10: new Float64Array(HORIZON), p50: new Float64Array(HORIZON), p90: new Float64Array(HORIZON) },
  ...patch,
});

describe('forecast distribution', () => {
  it('gives any quantile of a period, monotone in p, from the run calibration', () => {
    const distribution = forecastDistribution(stored(), normalRun(null));
    expect(distribution.pooled).toBe(true);
    expect(distribution.quantile(0, 0.9)).toBeCloseTo(100 + 10 * 1.2816, 2);
    expect(distribution.quantile(2, 0.025)).toBeCloseTo(100 - 10 * 1.96, 2);
    let previous = -Infinity;
    for (let p = 0.005; p < 1; p += 0.005) {
      const value = distribution.quantile(1, p);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('sums like a normal with sd σ√k when the steps are independent', () => {
    const distribution = forecastDistribution(stored(), normalRun(ranks('independent')));
    const sd = 10 * Math.sqrt(HORIZON);
    expect(distribution.sumQuantile(0, HORIZON, 0.5)).toBeCloseTo(400, -0.5);
    expect(Math.abs(distribution.sumQuantile(0, HORIZON, 0.9) - (400 + 1.2816 * sd))).toBeLessThan(0.15 * sd);
    expect(Math.abs(distribution.sumQuantile(0, HORIZON, 0.1) - (400 - 1.2816 * sd))).toBeLessThan(0.15 * sd);
  });

  it('sums to the sum of the quantiles when the steps move together', () => {
    const comonotone = forecastDistribution(stored(), normalRun(ranks('comonotone')));
    const expected = 400 + 4 * 10 * normalQuantile(0.9);
    expect(Math.abs(comonotone.sumQuantile(0, HORIZON, 0.9) - expected)).toBeLessThan(0.01 * expected);
    // Without a bank the steps are taken to move together: exactly the sum of the quantiles.
    const noBank = forecastDistribution(stored(), normalRun(null));
    const sumOfQuantiles = [0, 1].reduce((total, step) => total + noBank.quantile(step, 0.95), 0);
    expect(noBank.sumQuantile(0, 2, 0.95)).toBeCloseTo(sumOfQuantiles, 9);
    expect(() => noBank.sumQuantile(0, HORIZON + 1, 0.5)).toThrow(RangeError);
  });

  it('closes the periods the plan says cannot sell', () => {
    const closed = Uint8Array.from([0, 1, 0, 0]);
    const distribution = forecastDistribution(stored({ closed }), normalRun(ranks('independent')));
    expect(distribution.quantile(1, 0.99)).toBe(0);
    expect(distribution.sumQuantile(1, 2, 0.9)).toBe(0);
    const paths = distribution.samplePaths(50, 3);
    for (let path = 0; path < 50; path++) expect(paths[path * HORIZON + 1]).toBe(0);
  });

  it('draws the same sample paths for the same seed, spread like the quantiles say', () => {
    const distribution = forecastDistribution(stored(), normalRun(ranks('independent')));
    const paths = distribution.samplePaths(2000, 11);
    expect(distribution.samplePaths(2000, 11)).toEqual(paths);
    const firstStep = Float64Array.from(
      { length: 2000 },
      (_, path) => paths[path * HORIZON] as number,
    ).sort();
    expect(firstStep[1800]).toBeCloseTo(distribution.quantile(0, 0.9), -0.3);
    expect(firstStep[200]).toBeCloseTo(distribution.quantile(0, 0.1), -0.3);
  });

  it("falls back to the series' own band where the run has no calibration for its model", () => {
    const own = {
      p10: Float64Array.from([80, 80, 80, 80]),
      p50: Float64Array.from([100, 100, 100, 100]),
      p90: Float64Array.from([130, 130, 130, 130]),
    };
    const distribution = forecastDistribution(stored({ members: ['theta'], own }), normalRun(null));
    expect(distribution.pooled).toBe(false);
    expect(distribution.quantile(0, 0.1)).toBeCloseTo(80, 6);
    expect(distribution.quantile(0, 0.9)).toBeCloseTo(130, 6);
    expect(forecastDistribution(stored({ own }), null).quantile(3, 0.5)).toBeCloseTo(100, 6);
  });
});
