/**
 * A run's interval calibration over the whole catalogue, the shared half of every series' stored
 * forecast distribution (distribution.ts). One series holds only a handful of validation windows,
 * too few for honest quantiles; errors divided by each series' scale are comparable across series,
 * so they are pooled per model: per step, an error sketch (any quantile of the step's errors), and
 * a bank of whole windows (how the steps' errors move together, for sums over a lead time).
 *
 * Workers fold their series' calibration errors in as they go; the pieces merge in any order into
 * the same result, so the calibration does not depend on the pool size. Only windows before the test
 * part are pooled (the validation windows and the calibration windows spread over the year before
 * them, split.ts: calibrationOrigins): the test part stays an honest check. Auto takes the
 * calibration of the model it chose, pooled over every series, not its own validation errors, which
 * belong to whichever model happened to err least on validation and so understate its future errors
 * (measured: 65–68% coverage of a nominal 80% band on the monthly and bakery data). Auto's default
 * combinations are pooled the same way, as sources of their own
 * (run-calibration-combinations.ts); another blend takes the median of its members' calibrations.
 */
import { COMBINATION_SOURCES, combinationErrors, combinationSourceOf } from './run-calibration-combinations';
import { addBankWindows, bankUniforms, createErrorBank, mergeErrorBank, type ErrorBank } from './error-bank';
import {
  addErrorWindows,
  createErrorSketch,
  histogramQuantile,
  mergeErrorSketch,
  stepErrorCount,
  stepHistogram,
  type ErrorSketch,
  type StepHistogram,
} from './error-sketch';
import type { ScaledErrorWindows } from './intervals';
import type { SeriesEvaluation } from './evaluate-types';
import { gridFromQuantiles, medianGrid, type QuantileGrid } from './quantile-grid';
import {
  addTotalErrors,
  calibrateTotal,
  createTotalErrors,
  mergeTotalErrors,
  type TotalCalibration,
  type TotalErrorCells,
  type ValidationWindow,
} from './total-errors';

/** Bumped whenever the stored shape changes, so a saved workspace is never misread. */
export const RUN_CALIBRATION_SCHEMA = 3;

export interface ModelCalibration {
  grid: QuantileGrid;
  /** Validation errors the grid rests on. */
  errorCount: number;
  /** The error bank as ranks (bankUniforms), window after window; null when no whole window was kept. */
  dependence: Float32Array | null;
}

export interface RunCalibration {
  schema: typeof RUN_CALIBRATION_SCHEMA;
  horizon: number;
  /** Per model id; absent for a model no series had validation errors of. */
  models: Record<string, ModelCalibration>;
  /** Per default combination of Auto's, by its key (run-calibration-combinations.ts); absent: none formed. */
  combinations: Record<string, ModelCalibration>;
  /** How the series' errors add up in the total over all series (total-errors.ts); null: not measured. */
  total: TotalCalibration | null;
}

/** Key of a default combination's errors among the models' (model ids hold no colon). */
const combinationKey = (role: string): string => `combination:${role}`;

/** What a worker gathers during a run: one sketch and one bank per model id and per combination key. */
export interface CatalogueErrors {
  sketches: Record<string, ErrorSketch>;
  banks: Record<string, ErrorBank>;
  /** The total's validation errors by origin date, of each series' own forecast (Auto's in Auto runs). */
  total: TotalErrorCells | null;
}

export function createCatalogueErrors(): CatalogueErrors {
  return { sketches: {}, banks: {}, total: null };
}

/** Adds one series' validation windows of the forecast it exports to the total's errors. */
export function addSeriesTotalErrors(
  errors: CatalogueErrors,
  horizon: number,
  windows: readonly ValidationWindow[],
): void {
  addTotalErrors((errors.total ??= createTotalErrors(horizon)), windows);
}

function addWindows(errors: CatalogueErrors, key: string, series: number, windows: ScaledErrorWindows): void {
  addErrorWindows((errors.sketches[key] ??= createErrorSketch(windows.horizon)), windows);
  addBankWindows((errors.banks[key] ??= createErrorBank(windows.horizon)), series, windows);
}

/** Adds one series' calibration errors of every model that did not fail and of Auto's default combinations. */
export function addSeriesErrors(
  errors: CatalogueErrors,
  series: number,
  evaluation: Pick<SeriesEvaluation, 'models'>,
): void {
  for (const model of evaluation.models) {
    const windows = model.calibrationErrors;
    if (windows === undefined || model.error !== undefined) continue;
    addWindows(errors, model.id, series, windows);
  }
  for (const source of COMBINATION_SOURCES) {
    const windows = combinationErrors(evaluation, source);
    if (windows !== null) addWindows(errors, combinationKey(source.key), series, windows);
  }
}

/** Adds `from` into `into` (a model only in `from` is copied). */
export function mergeCatalogueErrors(into: CatalogueErrors, from: CatalogueErrors): void {
  for (const [id, sketch] of Object.entries(from.sketches)) {
    const target = into.sketches[id];
    if (target === undefined) into.sketches[id] = { horizon: sketch.horizon, counts: sketch.counts.slice() };
    else mergeErrorSketch(target, sketch);
  }
  for (const [id, bank] of Object.entries(from.banks)) {
    mergeErrorBank((into.banks[id] ??= createErrorBank(bank.horizon)), bank);
  }
  if (from.total !== null)
    mergeTotalErrors((into.total ??= createTotalErrors(from.total.horizon)), from.total);
}

function calibrateModel(sketch: ErrorSketch, bank: ErrorBank | undefined): ModelCalibration {
  const histograms = Array.from({ length: sketch.horizon }, (_, step) => stepHistogram(sketch, step));
  const grid = gridFromQuantiles(sketch.horizon, (step, p) =>
    histogramQuantile(histograms[step] as StepHistogram, p),
  );
  let errorCount = 0;
  for (let step = 0; step < sketch.horizon; step++) errorCount += stepErrorCount(sketch, step);
  const dependence = bank !== undefined && bank.windows.length > 0 ? bankUniforms(bank, histograms) : null;
  return { grid, errorCount, dependence };
}

/** The run's calibration from the merged errors; models and combinations without any error are left out. */
export function calibrateRun(errors: CatalogueErrors, horizon: number): RunCalibration {
  const models: Record<string, ModelCalibration> = {};
  const combinations: Record<string, ModelCalibration> = {};
  for (const key of Object.keys(errors.sketches).sort()) {
    const sketch = errors.sketches[key] as ErrorSketch;
    if (sketch.horizon !== horizon) continue;
    const calibration = calibrateModel(sketch, errors.banks[key]);
    if (calibration.errorCount === 0) continue;
    const source = COMBINATION_SOURCES.find((candidate) => combinationKey(candidate.key) === key);
    if (source !== undefined) combinations[source.key] = calibration;
    else models[key] = calibration;
  }
  const total =
    errors.total !== null && errors.total.horizon === horizon ? calibrateTotal(errors.total) : null;
  return { schema: RUN_CALIBRATION_SCHEMA, horizon, models, combinations, total };
}

/** Validation errors pooled over all models. */
export function pooledErrorCount(calibration: RunCalibration): number {
  return Object.values(calibration.models).reduce((total, model) => total + model.errorCount, 0);
}

/** Median grids of Auto's combinations, built once per run and set of members. */
const combined = new WeakMap<RunCalibration, Map<string, ModelCalibration | null>>();

/**
 * The calibration of a forecast source: a model's own; for one of Auto's default combinations (with
 * `anchor` when its median was averaged with that member), the combination's own
 * (run-calibration-combinations.ts); for another blend, the per-step median of
 * its members' grids with the first member's dependence (the members' errors move together over
 * the horizon much alike), which is wider than the blend's errors are. Null when none of them has
 * one.
 */
export function sourceCalibration(
  run: RunCalibration,
  members: readonly string[],
  anchor?: string,
): ModelCalibration | null {
  if (members.length === 1) return run.models[members[0] as string] ?? null;
  const source = combinationSourceOf(members, anchor);
  const own = source === null ? undefined : run.combinations[source.key];
  if (own !== undefined) return own;
  let cache = combined.get(run);
  if (cache === undefined) combined.set(run, (cache = new Map()));
  const key = members.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const calibrations = members.flatMap((id) => run.models[id] ?? []);
  const result =
    calibrations.length === 0
      ? null
      : {
          grid: medianGrid(calibrations.map((calibration) => calibration.grid)),
          errorCount: calibrations.reduce((total, calibration) => total + calibration.errorCount, 0),
          dependence: calibrations.find((calibration) => calibration.dependence !== null)?.dependence ?? null,
        };
  cache.set(key, result);
  return result;
}
