/**
 * Why the run calibration rests on windows spread over a year (split.ts: calibrationOrigins), not
 * on the validation window alone: series of one catalogue share their calendar, so with a horizon
 * holdout every series' one validation window meets the same stretch of weeks. Here that stretch is
 * calm for every series (a third of the usual noise) and the weeks after it are not; the known
 * distribution of the test actuals is the usual one. The forecast is the known level, so every
 * window's errors are the noise itself.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { forecastDistribution } from './distribution';
import { evaluateSeries } from './evaluate';
import type { EvaluationSettings, SeriesEvaluation } from './evaluate-types';
import type { ScaledErrorWindows } from './intervals';
import { addSeriesErrors, calibrateRun, createCatalogueErrors, type RunCalibration } from './run-calibration';
import type { Forecaster, SeriesInput } from './types';

const HORIZON = 8;
const LENGTH = 220; // test: the last 8 weeks; validation: the 8 before them; over four years of weeks
const SETTINGS: EvaluationSettings = {
  horizon: HORIZON,
  split: { kind: 'holdout', validationHorizons: 1 },
  level: 0.8,
  seed: 1,
};
const CALM = { from: LENGTH - 2 * HORIZON, to: LENGTH - HORIZON, factor: 1 / 3 };

/** Forecasts the series' known level at every origin. */
const levelForecaster = (level: number): Forecaster => ({
  id: 'naive',
  label: 'Known level',
  fit: (series) => ({
    predict: (steps) => new Float64Array(steps).fill(level),
    fitted: new Float64Array(series.y.length).fill(level),
    describe: () => ({ form: { code: 'naive' }, parameters: [] }),
  }),
});

/** Level 500 plus normal noise (sd 20), both times the series' size; calm in the validation weeks. */
function calendarCatalogue(count: number, seed: number): SeriesEvaluation[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: count }, (_, s) => {
    const size = 1 + (s % 5);
    const y = Float64Array.from({ length: LENGTH }, (_, t) => {
      const calm = t >= CALM.from && t < CALM.to ? CALM.factor : 1;
      return size * (500 + 20 * calm * normal());
    });
    const input: SeriesInput = {
      y,
      frequency: 'weekly',
      dates: Int32Array.from({ length: LENGTH + HORIZON }, (_, t) => 18000 + 7 * t),
      covariates: [],
    };
    return evaluateSeries(input, [levelForecaster(500 * size)], SETTINGS);
  });
}

const evaluations = calendarCatalogue(200, 11);

/** The run's calibration from each series' calibration windows, or from its last (validation) one only. */
function runFrom(validationOnly: boolean): RunCalibration {
  const errors = createCatalogueErrors();
  evaluations.forEach((evaluation, s) => {
    const model = evaluation.models[0] as SeriesEvaluation['models'][number];
    const windows = model.calibrationErrors as ScaledErrorWindows;
    const values = validationOnly ? windows.values.subarray(windows.values.length - HORIZON) : windows.values;
    addSeriesErrors(errors, s, {
      ...evaluation,
      models: [{ ...model, calibrationErrors: { ...windows, values } }],
    });
  });
  return calibrateRun(errors, HORIZON);
}

/** Share of the test actuals inside the run's p10–p90 band of each series' test forecast. */
function testCoverage(run: RunCalibration): number {
  let covered = 0;
  let count = 0;
  for (const evaluation of evaluations) {
    const model = evaluation.models[0] as SeriesEvaluation['models'][number];
    const window = model.testForecasts[0];
    if (window === undefined) continue;
    const distribution = forecastDistribution(
      {
        model: 'naive',
        point: window.values,
        scale: evaluation.scale.value,
        members: ['naive'],
        own: { p10: window.values, p50: window.values, p90: window.values },
      },
      run,
    );
    const p10 = distribution.quantiles(0.1);
    const p90 = distribution.quantiles(0.9);
    (evaluation.testActuals as Float64Array).forEach((actual, step) => {
      count++;
      if (actual >= (p10[step] as number) && actual <= (p90[step] as number)) covered++;
    });
  }
  return covered / count;
}

describe('the run calibration on windows spread over a year', () => {
  it('rests on back-to-back windows before validation, a year of weeks in all', () => {
    const model = evaluations[0]?.models[0];
    const windows = model?.calibrationErrors;
    // ⌈52 / 8⌉ = 7 windows: 6 calibration windows and the validation window.
    expect(windows?.values.length).toBe(7 * HORIZON);
    expect(model?.validationForecasts.map((forecast) => forecast.origin)).toEqual([LENGTH - 2 * HORIZON]);
  });

  it('holds 75–85% of test actuals in its 80% band after a calm validation stretch', () => {
    const coverage = testCoverage(runFrom(false));
    expect(coverage).toBeGreaterThan(0.75);
    expect(coverage).toBeLessThan(0.85);
  });

  it('where the validation window alone gives a band far too narrow', () => {
    expect(testCoverage(runFrom(true))).toBeLessThan(0.45);
  });
});
