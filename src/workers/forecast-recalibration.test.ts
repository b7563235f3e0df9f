import { describe, it, expect } from 'vitest';
import { dayFromYmd } from '../core/dataset/calendar';
import { forecastDistribution } from '../core/forecast/distribution';
import { BAND_LEVELS } from '../core/forecast/quantile-grid';
import { calibrateRun, createCatalogueErrors, mergeCatalogueErrors } from '../core/forecast/run-calibration';
import { buildSeriesInput } from '../core/forecast/series-input';
import { mulberry32 } from '../core/metrics/seeded-random';
import { evaluateTask } from './forecast-evaluation';
import { runScoreLayout, type RunSettings, type SeriesOutcome } from './forecast-protocol';
import { createCollector, recalibrate, type RunCalibrationCollector } from './forecast-recalibration';
import { runModels } from '../core/forecast/model-registry';
import { datasetOf } from './forecast-test-dataset';

const SEASON = [10, 12, 15, 20, 26, 30, 32, 30, 24, 18, 14, 11];
const random = mulberry32(9);
/** Eight noisy monthly series of four years, at different sizes. */
const series = Array.from({ length: 8 }, (_, s) => ({
  id: `s${s}`,
  values: Array.from({ length: 48 }, (_, t) =>
    Math.round((1 + s) * ((SEASON[t % 12] as number) + 6 * random())),
  ),
}));
const settings: RunSettings = {
  horizon: 6,
  model: 'auto',
  models: runModels('auto', null),
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  metric: 'mase',
  seed: 5,
  expensiveUntil: 0, // cheap models only: the test is about the calibration, not ARIMA
};

const LAYOUT = runScoreLayout(settings);

/** Runs a catalogue through `workers` collectors (series dealt round-robin), as a pool does. */
function runCatalogue(catalogue: typeof series, workers: number) {
  const data = datasetOf(catalogue, 'monthly', dayFromYmd(2020, 1, 1));
  const collectors: RunCalibrationCollector[] = Array.from({ length: workers }, createCollector);
  const outcomes: SeriesOutcome[] = catalogue.map((_, index) =>
    evaluateTask(
      { index, input: buildSeriesInput(data, index, settings.horizon) },
      settings,
      0,
      collectors[index % workers],
    ),
  );
  const merged = createCatalogueErrors();
  for (const collector of collectors) mergeCatalogueErrors(merged, collector.errors);
  const calibration = calibrateRun(merged, settings.horizon);
  const updates = collectors.map((collector) => recalibrate(collector, calibration, LAYOUT));
  return { outcomes, calibration, updates };
}

const runPool = (workers: number) => runCatalogue(series, workers);

const WIDTH = LAYOUT.slots.length * BAND_LEVELS.length;
const coverageAt = (coverage: Float64Array, r: number, slot: string, level: number): number =>
  coverage[
    r * WIDTH + LAYOUT.slots.indexOf(slot as never) * BAND_LEVELS.length + BAND_LEVELS.indexOf(level)
  ] as number;

/** The exported forecast's p10, p50 and p90 of one series under the run's calibration. */
function exportedBands(run: ReturnType<typeof runCatalogue>, index: number): number[][] {
  const future = run.outcomes[index]?.future;
  if (future == null) return [];
  const distribution = forecastDistribution(future, run.calibration);
  return [0.1, 0.5, 0.9].map((p) => Array.from(distribution.quantiles(p)));
}

describe('recalibrating a run over the whole catalogue', () => {
  const one = runPool(1);
  const three = runPool(3);

  it('gives the same calibration, bands and coverage whatever the pool size', () => {
    expect(three.calibration).toEqual(one.calibration);
    const byIndex = (run: typeof one) => {
      const found = new Map<number, { bands: number[][]; coverage: number[] }>();
      for (const update of run.updates) {
        update.indices.forEach((index, r) => {
          found.set(index, {
            bands: exportedBands(run, index),
            coverage: Array.from(update.coverage.subarray(r * WIDTH, (r + 1) * WIDTH)),
          });
        });
      }
      return found;
    };
    expect(byIndex(three)).toEqual(byIndex(one));
    expect(byIndex(one).size).toBe(series.length);
  });

  it("re-scores each series' test coverage of Auto and of every model it ran, at every band level", () => {
    const update = one.updates[0]!;
    for (let r = 0; r < series.length; r++) {
      const narrow = coverageAt(update.coverage, r, 'auto', 0.5);
      const wide = coverageAt(update.coverage, r, 'auto', 0.95);
      expect(narrow).toBeGreaterThanOrEqual(0);
      expect(wide).toBeLessThanOrEqual(1);
      // A wider band holds at least as many actuals.
      expect(wide).toBeGreaterThanOrEqual(narrow);
      expect(coverageAt(update.coverage, r, 'snaive', 0.8)).not.toBeNaN();
      // ARIMA was not run (no budget): it keeps NaN, so nothing is overwritten.
      expect(coverageAt(update.coverage, r, 'arima', 0.8)).toBeNaN();
    }
  });
});

describe('an item that never sold in a catalogue that did', () => {
  it('gets no band from the pooled errors: its p10, p50 and p90 are its forecast, 0', () => {
    const never = { id: 'never', values: Array.from({ length: 48 }, () => 0) };
    const run = runCatalogue([...series, never], 1);
    const h = settings.horizon;
    expect(exportedBands(run, series.length)).toEqual(
      [0, 1, 2].map(() => Array.from({ length: h }, () => 0)),
    );
    // A selling item keeps a band.
    const [low, , high] = exportedBands(run, 0);
    expect((high?.[0] ?? 0) - (low?.[0] ?? 0)).toBeGreaterThan(0);
  });
});
