/**
 * Catalogue calibration at pool scale: each worker folds the scaled validation errors of the series
 * it evaluates into one error sketch per model; the sketches merge (in any order) into the
 * catalogue's, which calibrates like calibrateCatalogue does with every error in hand.
 *
 * The result uses pooled quantiles only (no per-series blend): a series has at most a few own errors
 * per step, which under OWN_ERROR_PSEUDO_COUNT weigh a few percent, and pooled-only bands are what
 * a pool can recompute from a point forecast and a scale alone. The CatalogueCalibration it returns
 * has pseudoCount Infinity, so applyCatalogueCalibration (the chart's re-run) gives the same bands.
 */
import type { SeriesEvaluation } from './evaluate-types';
import {
  addErrorWindows,
  calibrateSketch,
  createErrorSketch,
  mergeErrorSketch,
  type ErrorSketch,
} from './error-sketch';
import {
  applyIntervals,
  type ConformalMode,
  type ForecastQuantiles,
  type IntervalCalibration,
} from './intervals';
import { medianCalibration, type CatalogueCalibration } from './pooled-intervals';

/** One error sketch per model id. */
export type CatalogueSketch = Record<string, ErrorSketch>;

/** Adds one series' validation errors of every model to the catalogue's sketches. */
export function addEvaluationErrors(sketch: CatalogueSketch, evaluation: SeriesEvaluation): void {
  for (const model of evaluation.models) {
    const errors = model.validationErrors;
    if (errors === undefined || model.error !== undefined) continue;
    const modelSketch = (sketch[model.id] ??= createErrorSketch(errors.horizon));
    addErrorWindows(modelSketch, errors);
  }
}

/** Adds `from` into `into` (a model only in `from` is copied). */
export function mergeCatalogueSketch(into: CatalogueSketch, from: CatalogueSketch): void {
  for (const [id, sketch] of Object.entries(from)) {
    const target = into[id];
    if (target === undefined) into[id] = { horizon: sketch.horizon, counts: sketch.counts.slice() };
    else mergeErrorSketch(target, sketch);
  }
}

/** Calibrates every model's pooled sketch; models without any error are left out. */
export function calibrateCatalogueSketch(
  sketch: CatalogueSketch,
  level: number,
  mode: ConformalMode = 'signed',
): CatalogueCalibration {
  const pooled: Record<string, IntervalCalibration> = {};
  for (const id of Object.keys(sketch).sort()) {
    const calibration = calibrateSketch(sketch[id] as ErrorSketch, level, mode);
    if (calibration.errorCount > 0) pooled[id] = calibration;
  }
  return { level, mode, pseudoCount: Infinity, pooled };
}

/**
 * The pooled calibration of a forecast source: a model's own, or for Auto the per-step median of
 * its members' (null when none of them has one, and the source keeps its own intervals).
 */
export function sourceCalibration(
  catalogue: CatalogueCalibration,
  members: readonly string[],
): IntervalCalibration | null {
  const calibrations = members.flatMap((id) => catalogue.pooled[id] ?? []);
  if (calibrations.length === 0) return null;
  return calibrations.length === 1
    ? (calibrations[0] as IntervalCalibration)
    : medianCalibration(calibrations);
}

/** The quantiles of a point forecast under the pooled calibration of `members` (null: keep its own). */
export function catalogueQuantiles(
  catalogue: CatalogueCalibration,
  members: readonly string[],
  point: ArrayLike<number>,
  scale: number,
): ForecastQuantiles | null {
  const calibration = sourceCalibration(catalogue, members);
  return calibration === null ? null : applyIntervals(point, scale, calibration);
}
