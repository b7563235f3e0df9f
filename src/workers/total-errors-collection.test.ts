import { runModels } from '../core/forecast/model-registry';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../core/dataset/calendar';
import { calibrateRun, createCatalogueErrors, mergeCatalogueErrors } from '../core/forecast/run-calibration';
import { buildSeriesInput } from '../core/forecast/series-input';
import { mulberry32, normalSampler } from '../core/metrics/seeded-random';
import { evaluateTask } from './forecast-evaluation';
import type { RunSettings } from './forecast-protocol';
import { createCollector } from './forecast-recalibration';
import { datasetOf } from './forecast-test-dataset';

const settings: RunSettings = {
  horizon: 6,
  model: 'auto',
  models: runModels('auto', null),
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  metric: 'mase',
  seed: 1,
  expensiveUntil: Infinity,
};

/** Weekly series: a level and a shared shock every series feels in proportion, plus its own noise. */
function datasetWith(ownNoise: number) {
  const normal = normalSampler(mulberry32(11));
  const shared = Array.from({ length: 120 }, () => normal());
  const series = [40, 80, 120, 200].map((level, s) => ({
    id: `s${s}`,
    values: shared.map((shock) => Math.max(0, level * (1 + 0.15 * shock) + ownNoise * level * normal())),
  }));
  return datasetOf(series, 'weekly', dayFromYmd(2022, 1, 3));
}

/** Runs every series on one of two pool workers, then merges as the pool does at the end. */
function factorOf(ownNoise: number) {
  const dataset = datasetWith(ownNoise);
  const workers = [createCollector(), createCollector()];
  dataset.seriesIds.forEach((_, index) => {
    const task = { index, input: buildSeriesInput(dataset, index, settings.horizon) };
    evaluateTask(task, settings, 0, workers[index % 2]);
  });
  const merged = createCatalogueErrors();
  for (const worker of workers) mergeCatalogueErrors(merged, worker.errors);
  return calibrateRun(merged, settings.horizon).total;
}

describe('the pool gathers the total forecast’s validation errors', () => {
  it('measures errors that move together as nearly fully dependent', () => {
    const total = factorOf(0);
    expect(total?.cells).toBeGreaterThan(0);
    expect(total?.factor).toBeGreaterThan(0.9);
  });

  it('measures mostly independent errors as far from fully dependent', () => {
    const together = factorOf(0) as { factor: number };
    const apart = factorOf(0.6) as { factor: number };
    expect(apart.factor).toBeLessThan(together.factor - 0.2);
  });
});
