/**
 * The run's distribution end to end on a catalogue: validation errors pooled by run-calibration.ts,
 * read back per series through distribution.ts, checked against test actuals the models never saw.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { forecastDistribution, type ForecastDistribution } from './distribution';
import { evaluateSeries } from './evaluate';
import type { EvaluationSettings, SeriesEvaluation } from './evaluate-types';
import { naiveForecaster } from './models/naive';
import { addSeriesErrors, calibrateRun, createCatalogueErrors } from './run-calibration';
import type { SeriesInput } from './types';

const HORIZON = 8;
const SETTINGS: EvaluationSettings = {
  horizon: HORIZON,
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  level: 0.8,
  seed: 1,
};

const seriesInput = (y: Float64Array): SeriesInput => ({
  y,
  frequency: 'daily',
  dates: Int32Array.from({ length: y.length + HORIZON }, (_, t) => 18000 + t),
  covariates: [],
});

/**
 * Random walks whose step sizes span five orders of magnitude, far enough above 0 never to touch it.
 * A naive forecast is right for them, but errors within one window move together (they accumulate),
 * so a handful of one series' windows say little about its spread, and sums over steps are wide.
 */
function randomWalkCatalogue(count: number, length: number, seed: number): SeriesEvaluation[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: count }, (_, s) => {
    const sigma = 10 ** ((s % 6) - 2);
    const y = new Float64Array(length);
    let level = 1000 * sigma;
    for (let t = 0; t < length; t++) y[t] = level += sigma * normal();
    return evaluateSeries(seriesInput(y), [naiveForecaster], SETTINGS);
  });
}

const evaluations = randomWalkCatalogue(240, 240, 7);
const errors = createCatalogueErrors();
evaluations.forEach((evaluation, s) => addSeriesErrors(errors, s, evaluation));
const run = calibrateRun(errors, HORIZON);

/** Each test window of each series, with the distribution the run gives its forecast. */
function testWindows(): { actual: Float64Array; distribution: ForecastDistribution }[] {
  return evaluations.flatMap((evaluation) => {
    const model = evaluation.models[0];
    return (model?.testForecasts ?? []).map((window, w) => ({
      actual: (evaluation.testActuals ?? new Float64Array()).slice(w * HORIZON, (w + 1) * HORIZON),
      distribution: forecastDistribution(
        {
          model: 'naive',
          point: window.values,
          scale: evaluation.scale.value,
          members: ['naive'],
          own: { p10: window.values, p50: window.values, p90: window.values },
        },
        run,
      ),
    }));
  });
}

describe("a run's distribution on a catalogue of very different scales", () => {
  const windows = testWindows();

  it('covers about 80% of test actuals with its p10–p90 band', () => {
    let covered = 0;
    let count = 0;
    for (const { actual, distribution } of windows) {
      const p10 = distribution.quantiles(0.1);
      const p90 = distribution.quantiles(0.9);
      actual.forEach((value, step) => {
        count++;
        if (value >= (p10[step] as number) && value <= (p90[step] as number)) covered++;
      });
    }
    expect(covered / count).toBeGreaterThan(0.76);
    expect(covered / count).toBeLessThan(0.86);
  });

  it('covers about 80% of the sums over the first four test periods (a lead time)', () => {
    let covered = 0;
    for (const { actual, distribution } of windows) {
      const sum = actual.subarray(0, 4).reduce((total, value) => total + value, 0);
      if (sum >= distribution.sumQuantile(0, 4, 0.1) && sum <= distribution.sumQuantile(0, 4, 0.9)) covered++;
    }
    expect(covered / windows.length).toBeGreaterThan(0.72);
    expect(covered / windows.length).toBeLessThan(0.9);
  });

  it('widens later steps as a random walk’s errors grow, and scales the band to each series', () => {
    const { distribution } = windows[0] as { distribution: ForecastDistribution };
    const width = (step: number) => distribution.quantile(step, 0.9) - distribution.quantile(step, 0.1);
    expect(width(HORIZON - 1)).toBeGreaterThan(1.8 * width(0));
    const small = evaluations[1] as SeriesEvaluation; // sigma 0.1
    const large = evaluations[4] as SeriesEvaluation; // sigma 100
    expect(large.scale.value / small.scale.value).toBeGreaterThan(500);
  });

  it('keeps p10 ≤ p50 ≤ p90 with the point forecast inside the band', () => {
    for (const { distribution } of windows) {
      for (let step = 0; step < HORIZON; step++) {
        const [p10, p50, p90] = [0.1, 0.5, 0.9].map((p) => distribution.quantile(step, p)) as [
          number,
          number,
          number,
        ];
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        const point = distribution.point[step] as number;
        expect(p10).toBeLessThanOrEqual(point);
        expect(point).toBeLessThanOrEqual(p90);
      }
    }
  });
});
