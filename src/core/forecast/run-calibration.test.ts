import { describe, expect, it } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { BANK_SIZE } from './error-bank';
import type { SeriesEvaluation } from './evaluate-types';
import { gridOffset } from './quantile-grid';
import {
  addSeriesErrors,
  calibrateRun,
  createCatalogueErrors,
  mergeCatalogueErrors,
  sourceCalibration,
  type CatalogueErrors,
} from './run-calibration';

const HORIZON = 3;
const SERIES = 120;

/** One series' evaluation with two validation windows per model; ETS errs twice as wide as naive. */
function evaluation(series: number): SeriesEvaluation {
  const normal = normalSampler(mulberry32(series + 1));
  const windows = (width: number) => ({
    horizon: HORIZON,
    values: Float32Array.from({ length: 2 * HORIZON }, () => width * normal()),
  });
  return {
    models: [
      { id: 'naive', calibrationErrors: windows(1) },
      { id: 'ets', calibrationErrors: windows(2) },
      { id: 'theta', calibrationErrors: windows(1), error: 'failed' },
    ],
  } as unknown as SeriesEvaluation;
}

function gather(series: number[]): CatalogueErrors {
  const errors = createCatalogueErrors();
  for (const s of series) addSeriesErrors(errors, s, evaluation(s));
  return errors;
}

const all = Array.from({ length: SERIES }, (_, s) => s);

describe('run calibration', () => {
  it('is the same whichever worker saw which series, in whatever order', () => {
    const whole = calibrateRun(gather(all), HORIZON);
    const merged = gather(all.filter((s) => s % 3 === 2).reverse());
    mergeCatalogueErrors(merged, gather(all.filter((s) => s % 3 === 0)));
    mergeCatalogueErrors(merged, gather(all.filter((s) => s % 3 === 1)));
    expect(calibrateRun(merged, HORIZON)).toEqual(whole);
  });

  it("pools each model's errors apart and leaves out a model that failed", () => {
    const run = calibrateRun(gather(all), HORIZON);
    expect(Object.keys(run.models)).toEqual(['ets', 'naive']);
    expect(run.models.naive?.errorCount).toBe(SERIES * 2 * HORIZON);
    // 240 standard normal errors per step: the 90% point near 1.28, twice that for ETS.
    expect(gridOffset(run.models.naive!.grid, 0, 0.9)).toBeCloseTo(1.28, 0);
    expect(gridOffset(run.models.ets!.grid, 0, 0.9) / gridOffset(run.models.naive!.grid, 0, 0.9)).toBeCloseTo(
      2,
      0,
    );
  });

  it('keeps a bounded bank of whole windows as ranks inside (0, 1)', () => {
    const errors = gather(all);
    expect(errors.banks.naive?.windows.length).toBe(Math.min(BANK_SIZE, SERIES * 2));
    const dependence = calibrateRun(errors, HORIZON).models.naive?.dependence;
    expect(dependence?.length).toBe(Math.min(BANK_SIZE, SERIES * 2) * HORIZON);
    for (const u of dependence ?? []) {
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThan(1);
    }
  });

  it("gives a combination the median of its members' grids", () => {
    const run = calibrateRun(gather(all), HORIZON);
    const both = sourceCalibration(run, ['naive', 'ets']);
    const naive = gridOffset(run.models.naive!.grid, 1, 0.9);
    const ets = gridOffset(run.models.ets!.grid, 1, 0.9);
    expect(gridOffset(both!.grid, 1, 0.9)).toBeCloseTo((naive + ets) / 2, 5);
    expect(sourceCalibration(run, ['naive', 'ets'])).toBe(both);
    expect(sourceCalibration(run, ['croston'])).toBeNull();
  });
});
