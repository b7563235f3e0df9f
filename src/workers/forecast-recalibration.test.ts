import { describe, it, expect } from 'vitest';
import { dayFromYmd } from '../core/dataset/calendar';
import {
  calibrateCatalogueSketch,
  mergeCatalogueSketch,
  type CatalogueSketch,
} from '../core/forecast/catalogue-sketch';
import { buildSeriesInput } from '../core/forecast/series-input';
import { mulberry32 } from '../core/metrics/seeded-random';
import { seriesDetail } from './forecast-detail';
import { evaluateTask } from './forecast-evaluation';
import type { RunSettings, SeriesOutcome } from './forecast-protocol';
import { createCollector, recalibrate, type RunCalibrationCollector } from './forecast-recalibration';
import { SCORE_SLOTS } from './forecast-scores';
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
const dataset = datasetOf(series, 'monthly', dayFromYmd(2020, 1, 1));
const settings: RunSettings = {
  horizon: 6,
  model: 'auto',
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  level: 0.8,
  metric: 'mase',
  seed: 5,
  expensiveUntil: 0, // cheap models only: the test is about the calibration, not ARIMA
};
const task = (index: number) => ({ index, input: buildSeriesInput(dataset, index, settings.horizon) });

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
  const merged: CatalogueSketch = {};
  for (const collector of collectors) mergeCatalogueSketch(merged, collector.sketch);
  const calibration = calibrateCatalogueSketch(merged, settings.level);
  const updates = collectors.map((collector) => recalibrate(collector, calibration, settings.horizon));
  return { outcomes, calibration, updates };
}

const runPool = (workers: number) => runCatalogue(series, workers);

const AUTO_SLOT = SCORE_SLOTS.indexOf('auto');

describe('recalibrating a run over the whole catalogue', () => {
  const one = runPool(1);
  const three = runPool(3);

  it('gives the same calibration, bands and coverage whatever the pool size', () => {
    expect(three.calibration).toEqual(one.calibration);
    const byIndex = (run: typeof one) => {
      const found = new Map<number, { bands: number[]; coverage: number[] }>();
      for (const update of run.updates) {
        update.indices.forEach((index, r) => {
          const width = 3 * update.horizon;
          const slots = SCORE_SLOTS.length;
          found.set(index, {
            bands: Array.from(update.bands.subarray(r * width, (r + 1) * width)),
            coverage: Array.from(update.coverage.subarray(r * slots, (r + 1) * slots)),
          });
        });
      }
      return found;
    };
    expect(byIndex(three)).toEqual(byIndex(one));
    expect(byIndex(one).size).toBe(series.length);
  });

  it("gives the chart's re-run, with the run's calibration, the same band as the export", () => {
    const update = one.updates[0];
    const index = 3;
    const detail = seriesDetail(task(index), settings, one.outcomes[index]?.evaluated ?? [], one.calibration);
    const auto = detail.sources[0];
    const h = settings.horizon;
    const r = update?.indices.indexOf(index) ?? -1;
    expect(Array.from(auto?.future?.p10 ?? [])).toEqual(
      Array.from(update?.bands.subarray(r * 3 * h, r * 3 * h + h) ?? []),
    );
    expect(Array.from(auto?.future?.p90 ?? [])).toEqual(
      Array.from(update?.bands.subarray(r * 3 * h + 2 * h, (r + 1) * 3 * h) ?? []),
    );
    // The catalogue band is not the series' own: the pooled errors change it.
    expect(Array.from(auto?.future?.p90 ?? [])).not.toEqual(
      Array.from(one.outcomes[index]?.future?.p90 ?? []),
    );
  });

  it("re-scores each series' test coverage of Auto and of every model it ran", () => {
    const update = one.updates[0];
    const slots = SCORE_SLOTS.length;
    for (let r = 0; r < series.length; r++) {
      const autoCoverage = update?.coverage[r * slots + AUTO_SLOT] as number;
      expect(autoCoverage).toBeGreaterThanOrEqual(0);
      expect(autoCoverage).toBeLessThanOrEqual(1);
      expect(update?.coverage[r * slots + SCORE_SLOTS.indexOf('snaive')]).not.toBeNaN();
      // ARIMA was not run (no budget): it keeps NaN, so nothing is overwritten.
      expect(update?.coverage[r * slots + SCORE_SLOTS.indexOf('arima')]).toBeNaN();
    }
  });
});

describe('an item that never sold in a catalogue that did', () => {
  it('gets no band from the pooled errors: its p10, p50 and p90 are its forecast, 0', () => {
    const never = { id: 'never', values: Array.from({ length: 48 }, () => 0) };
    const run = runCatalogue([...series, never], 1);
    const update = run.updates[0];
    const h = settings.horizon;
    const r = update?.indices.indexOf(series.length) ?? -1;
    expect(r).toBeGreaterThanOrEqual(0);
    expect(Array.from(update?.bands.subarray(r * 3 * h, (r + 1) * 3 * h) ?? [])).toEqual(
      Array.from({ length: 3 * h }, () => 0),
    );
    // A selling item keeps a band.
    const band = update?.bands.subarray(2 * h, 3 * h) ?? new Float64Array(0);
    const low = update?.bands.subarray(0, h) ?? new Float64Array(0);
    expect((band[0] ?? 0) - (low[0] ?? 0)).toBeGreaterThan(0);
  });
});
