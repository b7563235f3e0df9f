import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { evaluateSeries } from './evaluate';
import type { EvaluatedForecast, EvaluationSettings, SeriesEvaluation } from './evaluate-types';
import type { IntervalCalibration } from './intervals';
import { movingAverageForecaster } from './models/moving-average';
import { naiveForecaster } from './models/naive';
import { applyCatalogueCalibration, blendCalibrations, calibrateCatalogue } from './pooled-intervals';
import type { SeriesInput } from './types';

const HORIZON = 8;
const SETTINGS: EvaluationSettings = {
  horizon: HORIZON,
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  level: 0.95,
  seed: 1,
};

function seriesInput(y: Float64Array): SeriesInput {
  return {
    y,
    frequency: 'daily',
    dates: Int32Array.from({ length: y.length + HORIZON }, (_, t) => 18000 + t),
    covariates: [],
  };
}

/**
 * Random walks whose step sizes span five orders of magnitude (0.01 … 1000 units), started far
 * enough above 0 never to touch it. A naive forecast is right for them, but errors within one
 * validation window move together, so four windows of one series say little about its spread.
 */
function randomWalkCatalogue(count: number, length: number, seed: number): SeriesEvaluation[] {
  const normal = normalSampler(mulberry32(seed));
  const evaluations: SeriesEvaluation[] = [];
  for (let s = 0; s < count; s++) {
    const sigma = 10 ** ((s % 6) - 2);
    const y = new Float64Array(length);
    let level = 1000 * sigma;
    for (let t = 0; t < length; t++) y[t] = level += sigma * normal();
    evaluations.push(evaluateSeries(seriesInput(y), [naiveForecaster], SETTINGS));
  }
  return evaluations;
}

/** Share of all test actuals inside the p10–p90 band, over the catalogue. */
function catalogueCoverage(
  evaluations: SeriesEvaluation[],
  pick: (evaluation: SeriesEvaluation) => EvaluatedForecast,
): number {
  let covered = 0;
  let count = 0;
  for (const evaluation of evaluations) {
    const points = evaluation.split.testOrigins.length * HORIZON;
    covered += pick(evaluation).testCoverage80 * points;
    count += points;
  }
  return covered / count;
}

const naiveOf = (evaluation: SeriesEvaluation): EvaluatedForecast =>
  evaluation.models[0] as EvaluatedForecast;

function calibration(offsets: {
  p10: number;
  p50: number;
  p90: number;
  lower: number;
  upper: number;
}): IntervalCalibration {
  const filled = (value: number): Float64Array => new Float64Array(HORIZON).fill(value);
  return {
    level: 0.95,
    mode: 'signed',
    p10: filled(offsets.p10),
    p50: filled(offsets.p50),
    p90: filled(offsets.p90),
    lower: filled(offsets.lower),
    upper: filled(offsets.upper),
    errorCount: 100,
  };
}

describe('catalogue calibration on series of very different scales', () => {
  const evaluations = randomWalkCatalogue(240, 240, 7);
  const catalogue = calibrateCatalogue(evaluations, 0.95);
  const calibrated = evaluations.map((evaluation) => applyCatalogueCalibration(evaluation, catalogue));

  it('exposes each series’ scaled validation errors, one horizon per validation origin', () => {
    const first = evaluations[0] as SeriesEvaluation;
    const errors = naiveOf(first).validationErrors;
    expect(errors?.horizon).toBe(HORIZON);
    expect(errors?.values.length).toBe(first.split.validationOrigins.length * HORIZON);
    expect(first.testActuals?.length).toBe(first.split.testOrigins.length * HORIZON);
  });

  it('per-series calibration from four origins under-covers; pooled calibration covers about 80%', () => {
    const perSeries = catalogueCoverage(evaluations, naiveOf);
    const pooled = catalogueCoverage(calibrated, naiveOf);
    expect(perSeries).toBeLessThan(0.76);
    expect(pooled).toBeGreaterThan(0.77);
    expect(pooled - perSeries).toBeGreaterThan(0.04);
    expect(pooled).toBeLessThan(0.85);
  });

  it('widens later horizon steps more, as a random walk’s errors grow', () => {
    const pooled = catalogue.pooled.naive as IntervalCalibration;
    const width = (step: number): number => (pooled.p90[step] as number) - (pooled.p10[step] as number);
    expect(width(HORIZON - 1)).toBeGreaterThan(1.8 * width(0));
  });

  it('scales the pooled band to each series: a 1000× larger series gets a 1000× wider band', () => {
    const width = (evaluation: SeriesEvaluation): number => {
      const quantiles = naiveOf(evaluation).future?.quantiles;
      return (quantiles?.p90[0] ?? NaN) - (quantiles?.p10[0] ?? NaN);
    };
    const small = calibrated[1] as SeriesEvaluation; // sigma 0.1
    const large = calibrated[4] as SeriesEvaluation; // sigma 100
    const ratio = width(large) / width(small);
    const scaleRatio = large.scale.value / small.scale.value;
    expect(ratio).toBeGreaterThan(scaleRatio * 0.8);
    expect(ratio).toBeLessThan(scaleRatio * 1.25);
  });

  it('keeps p10 ≤ p50 ≤ p90 and lower ≤ upper on every series and step', () => {
    for (const evaluation of calibrated) {
      const quantiles = naiveOf(evaluation).future?.quantiles;
      expect(quantiles).toBeDefined();
      for (let step = 0; step < HORIZON; step++) {
        const at = (values: Float64Array | undefined): number => values?.[step] ?? NaN;
        expect(at(quantiles?.p10)).toBeLessThanOrEqual(at(quantiles?.p50));
        expect(at(quantiles?.p50)).toBeLessThanOrEqual(at(quantiles?.p90));
        expect(at(quantiles?.lower)).toBeLessThanOrEqual(at(quantiles?.p10));
        expect(at(quantiles?.p90)).toBeLessThanOrEqual(at(quantiles?.upper));
      }
    }
  });

  it('is deterministic and does not depend on the order of the series', () => {
    const reversed = calibrateCatalogue([...evaluations].reverse(), 0.95);
    expect(reversed).toEqual(catalogue);
    const again = applyCatalogueCalibration(evaluations[3] as SeriesEvaluation, reversed);
    expect(again).toEqual(calibrated[3]);
  });

  it('leaves the input evaluation unchanged', () => {
    const before = naiveOf(evaluations[0] as SeriesEvaluation).future?.quantiles.p90.slice();
    applyCatalogueCalibration(evaluations[0] as SeriesEvaluation, catalogue);
    expect(naiveOf(evaluations[0] as SeriesEvaluation).future?.quantiles.p90).toEqual(before);
  });
});

describe('blendCalibrations', () => {
  const own = calibration({ p10: -4, p50: 0, p90: 2, lower: -6, upper: 4 });
  const pooled = calibration({ p10: -2, p50: 1, p90: 4, lower: -3, upper: 6 });

  it('weighs own quantiles by n / (n + pseudo-count)', () => {
    const blended = blendCalibrations(own, new Float64Array(HORIZON).fill(50), pooled, 50);
    expect(blended.p10[0]).toBe(-3);
    expect(blended.p50[0]).toBe(0.5);
    expect(blended.p90[0]).toBe(3);
    expect(blended.upper[0]).toBe(5);
  });

  it('takes the pooled quantiles for a series without own errors', () => {
    const blended = blendCalibrations(null, new Float64Array(HORIZON), pooled, 50);
    expect(Array.from(blended.p90)).toEqual(Array.from(pooled.p90));
  });
});

describe('applyCatalogueCalibration on sales near zero', () => {
  // Mostly zeros with rare bursts: the pooled lower quantile lies below the forecast by more than it.
  const normal = normalSampler(mulberry32(3));
  const evaluations = Array.from({ length: 30 }, () => {
    const y = Float64Array.from({ length: 160 }, () => Math.max(0, Math.round(3 * normal() - 1)));
    return evaluateSeries(seriesInput(y), [naiveForecaster, movingAverageForecaster], SETTINGS);
  });
  const catalogue = calibrateCatalogue(evaluations, 0.95);

  it('clamps every quantile at 0', () => {
    let anyAtZero = false;
    for (const evaluation of evaluations.map((e) => applyCatalogueCalibration(e, catalogue))) {
      for (const model of evaluation.models) {
        const quantiles = model.future?.quantiles;
        for (const band of [quantiles?.p10, quantiles?.lower]) {
          for (const value of band ?? []) {
            expect(value).toBeGreaterThanOrEqual(0);
            if (value === 0) anyAtZero = true;
          }
        }
      }
    }
    expect(anyAtZero).toBe(true);
  });

  it('gives Auto the calibration of the model it chose', () => {
    const calibrated = evaluations.map((e) => applyCatalogueCalibration(e, catalogue));
    const single = calibrated.find((evaluation) => evaluation.auto?.choice.kind === 'single');
    const chosen = single?.models.find((model) => model.id === single.auto?.choice.members[0]);
    expect(chosen).toBeDefined();
    expect(single?.auto?.future?.quantiles.p90).toEqual(chosen?.future?.quantiles.p90);
    expect(single?.auto?.testCoverage80).toBe(chosen?.testCoverage80);
  });
});
