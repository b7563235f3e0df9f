import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import {
  addEvaluationErrors,
  calibrateCatalogueSketch,
  catalogueQuantiles,
  mergeCatalogueSketch,
  type CatalogueSketch,
} from './catalogue-sketch';
import { evaluateSeries } from './evaluate';
import type { EvaluationSettings, SeriesEvaluation } from './evaluate-types';
import { applyIntervals, intervalCoverage } from './intervals';
import { movingAverageForecaster } from './models/moving-average';
import { naiveForecaster } from './models/naive';
import { applyCatalogueCalibration, calibrateCatalogue } from './pooled-intervals';

const HORIZON = 8;
const SETTINGS: EvaluationSettings = {
  horizon: HORIZON,
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  level: 0.95,
  seed: 1,
};

/** Random walks with step sizes from 0.01 to 1000 units: naive is right, but a series' own four windows say little. */
function randomWalks(count: number, seed: number): SeriesEvaluation[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: count }, (_, s) => {
    const sigma = 10 ** ((s % 6) - 2);
    let level = 1000 * sigma;
    const y = Float64Array.from({ length: 200 }, () => (level += sigma * normal()));
    const dates = Int32Array.from({ length: y.length + HORIZON }, (_, t) => 18000 + t);
    return evaluateSeries(
      { y, frequency: 'daily', dates, covariates: [] },
      [naiveForecaster, movingAverageForecaster],
      SETTINGS,
    );
  });
}

function sketchOf(evaluations: SeriesEvaluation[]): CatalogueSketch {
  const sketch: CatalogueSketch = {};
  for (const evaluation of evaluations) addEvaluationErrors(sketch, evaluation);
  return sketch;
}

/** Share of all test actuals inside the naive model's p10–p90 band under the sketch's calibration. */
function naiveTestCoverage(evaluations: SeriesEvaluation[], sketch: CatalogueSketch): number {
  const catalogue = calibrateCatalogueSketch(sketch, 0.8);
  let covered = 0;
  let count = 0;
  for (const evaluation of evaluations) {
    evaluation.models[0]?.testForecasts.forEach((window, w) => {
      const bands = catalogueQuantiles(catalogue, ['naive'], window.values, evaluation.scale.value);
      const actual = evaluation.testActuals?.subarray(w * HORIZON, (w + 1) * HORIZON) ?? [];
      const result = intervalCoverage(actual, bands?.p10 ?? [], bands?.p90 ?? []);
      covered += result.covered;
      count += result.count;
    });
  }
  return covered / count;
}

describe('catalogue calibration from merged worker sketches', () => {
  const evaluations = randomWalks(180, 4);
  const whole = sketchOf(evaluations);

  it('does not depend on how the series were split between workers or in which order they came back', () => {
    const byWorker = [0, 1, 2].map((worker) => sketchOf(evaluations.filter((_, s) => s % 3 === worker)));
    const merged: CatalogueSketch = {};
    for (const part of [byWorker[2], byWorker[0], byWorker[1]])
      mergeCatalogueSketch(merged, part as CatalogueSketch);
    expect(calibrateCatalogueSketch(merged, 0.8)).toEqual(calibrateCatalogueSketch(whole, 0.8));
  });

  it('matches the calibration from every raw error within the bin width', () => {
    const fromSketch = calibrateCatalogueSketch(whole, 0.95).pooled.naive;
    const exact = calibrateCatalogue(evaluations, 0.95).pooled.naive;
    for (let step = 0; step < HORIZON; step++) {
      const want = exact?.p90[step] as number;
      expect(Math.abs((fromSketch?.p90[step] as number) - want)).toBeLessThan(0.01 * Math.abs(want));
    }
  });

  it('covers about 80% of test actuals with the p10–p90 band, where per-series calibration covers less', () => {
    let ownCovered = 0;
    let ownCount = 0;
    for (const evaluation of evaluations) {
      const points = evaluation.split.testOrigins.length * HORIZON;
      ownCovered += (evaluation.models[0]?.testCoverage80 ?? NaN) * points;
      ownCount += points;
    }
    const pooled = naiveTestCoverage(evaluations, whole);
    expect(ownCovered / ownCount).toBeLessThan(0.76);
    expect(pooled).toBeGreaterThan(0.77);
    expect(pooled).toBeLessThan(0.85);
  });

  it("gives the chart's applyCatalogueCalibration exactly the bands a pool recomputes from point and scale", () => {
    const catalogue = calibrateCatalogueSketch(whole, 0.8);
    const evaluation = evaluations[7] as SeriesEvaluation;
    const charted = applyCatalogueCalibration(evaluation, catalogue);
    const auto = charted.auto;
    const members = auto?.choice.members ?? [];
    const point = evaluation.auto?.future?.point ?? new Float64Array();
    const recomputed = catalogueQuantiles(catalogue, members, point, evaluation.scale.value);
    expect(Array.from(auto?.future?.quantiles.p10 ?? [])).toEqual(Array.from(recomputed?.p10 ?? []));
    expect(Array.from(auto?.future?.quantiles.p90 ?? [])).toEqual(Array.from(recomputed?.p90 ?? []));
    const naive = charted.models[0]?.future;
    const pooled = catalogue.pooled.naive;
    expect(pooled).toBeDefined();
    if (pooled === undefined || naive === undefined) return;
    expect(Array.from(naive.quantiles.p90)).toEqual(
      Array.from(applyIntervals(naive.point, evaluation.scale.value, pooled).p90),
    );
  });

  it('leaves a model without validation errors to its own intervals', () => {
    const catalogue = calibrateCatalogueSketch(whole, 0.8);
    expect(catalogueQuantiles(catalogue, ['ets'], [1, 2], 1)).toBeNull();
    expect(Object.keys(catalogue.pooled)).toEqual(['moving-average', 'naive']);
  });
});
