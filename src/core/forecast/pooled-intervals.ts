/**
 * Catalogue-wide interval calibration. One series holds only a handful of validation windows
 * (often a single one), so conformal quantiles from its own errors are noisy and, as measured on
 * the real data sets, too narrow. Validation errors divided by each series' scale are comparable
 * across series, so here they are pooled per model over the whole catalogue; each series then
 * takes a per-step blend of its own quantiles and the pooled ones, weighted by how many own errors
 * it has. Only validation errors are pooled: the test part stays an honest check.
 *
 * Auto is calibrated from the models it chose, not from its own validation errors: those belong to
 * whichever model happened to err least on validation, so they understate its future errors
 * (measured: pooling Auto's own errors covered 65–68% of test values with a nominal 80% band on
 * the monthly and bakery data). For a blend, the per-step median of its members' calibrations.
 */
import type { EvaluatedForecast, ModelEvaluation, SeriesEvaluation } from './evaluate-types';
import {
  applyIntervals,
  calibrateIntervals,
  emptyStepErrors,
  intervalCoverage,
  stepErrorsOf,
  type ConformalMode,
  type IntervalCalibration,
  type StepErrors,
} from './intervals';

/**
 * How many own errors per step weigh as much as the pooled quantiles. A series with n own errors at
 * a step gives its own quantile the weight n / (n + OWN_ERROR_PSEUDO_COUNT).
 */
export const OWN_ERROR_PSEUDO_COUNT = 50;

export interface CatalogueCalibration {
  level: number;
  mode: ConformalMode;
  /** Pseudo-count of the pooled quantiles against a series' own errors (see OWN_ERROR_PSEUDO_COUNT). */
  pseudoCount: number;
  /** Pooled calibration per model id; absent for a model no series had validation errors of. */
  pooled: Record<string, IntervalCalibration>;
}

export interface CatalogueOptions {
  mode?: ConformalMode;
  pseudoCount?: number;
}

/** Pools every series' scaled validation errors per model and calibrates each pool. */
export function calibrateCatalogue(
  evaluations: SeriesEvaluation[],
  level: number,
  options: CatalogueOptions = {},
): CatalogueCalibration {
  const mode = options.mode ?? 'signed';
  const pools = new Map<string, StepErrors>();
  for (const evaluation of evaluations) {
    for (const { id: key, validationErrors: errors } of evaluation.models) {
      if (errors === undefined) continue;
      let pool = pools.get(key);
      if (pool === undefined || pool.length < errors.horizon) {
        pool = [...(pool ?? []), ...emptyStepErrors(errors.horizon - (pool?.length ?? 0))];
        pools.set(key, pool);
      }
      stepErrorsOf(errors, pool);
    }
  }
  const pooled: Record<string, IntervalCalibration> = {};
  for (const [key, pool] of [...pools].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (pool.some((step) => step.length > 0)) pooled[key] = calibrateIntervals(pool, level, mode);
  }
  return { level, mode, pseudoCount: options.pseudoCount ?? OWN_ERROR_PSEUDO_COUNT, pooled };
}

const BAND_NAMES = ['p10', 'p50', 'p90', 'lower', 'upper'] as const;

/**
 * Per step, own quantiles weighted n / (n + pseudoCount) against the pooled ones. Both inputs are
 * ordered (p10 ≤ p50 ≤ p90), so their weighted mean is too.
 */
export function blendCalibrations(
  own: IntervalCalibration | null,
  ownCounts: ArrayLike<number>,
  pooled: IntervalCalibration,
  pseudoCount: number,
): IntervalCalibration {
  const horizon = pooled.p10.length;
  const blended: IntervalCalibration = {
    level: pooled.level,
    mode: pooled.mode,
    p10: new Float64Array(horizon),
    p50: new Float64Array(horizon),
    p90: new Float64Array(horizon),
    lower: new Float64Array(horizon),
    upper: new Float64Array(horizon),
    errorCount: pooled.errorCount + (own?.errorCount ?? 0),
  };
  for (let step = 0; step < horizon; step++) {
    const count = own === null ? 0 : (ownCounts[step] ?? 0);
    const weight = count + pseudoCount > 0 ? count / (count + pseudoCount) : 0;
    for (const band of BAND_NAMES) {
      const pooledOffset = pooled[band][step] as number;
      const ownOffset = own?.[band][step] ?? pooledOffset;
      blended[band][step] = weight * ownOffset + (1 - weight) * pooledOffset;
    }
  }
  return blended;
}

/** Share of test actuals inside the p10–p90 band of each test window under `calibration`. */
function testCoverage80(
  evaluation: SeriesEvaluation,
  source: EvaluatedForecast,
  calibration: IntervalCalibration,
): number {
  const actuals = evaluation.testActuals;
  if (actuals === undefined) return source.testCoverage80;
  const horizon = evaluation.split.horizon;
  let covered = 0;
  let count = 0;
  source.testForecasts.forEach((forecast, w) => {
    const bands = applyIntervals(forecast.values, evaluation.scale.value, calibration);
    const result = intervalCoverage(actuals.subarray(w * horizon, (w + 1) * horizon), bands.p10, bands.p90);
    covered += result.covered;
    count += result.count;
  });
  return count === 0 ? NaN : covered / count;
}

/** A model's calibration on one series: its own quantiles blended with the model's pooled ones. */
function modelCalibration(
  model: ModelEvaluation,
  catalogue: CatalogueCalibration,
): IntervalCalibration | null {
  const pooled = catalogue.pooled[model.id];
  if (pooled === undefined) return null;
  const ownSteps = model.validationErrors === undefined ? null : stepErrorsOf(model.validationErrors);
  const hasOwn = ownSteps !== null && ownSteps.some((step) => step.length > 0);
  const own = hasOwn ? calibrateIntervals(ownSteps, catalogue.level, catalogue.mode) : null;
  const counts = Float64Array.from(pooled.p10, (_, step) => ownSteps?.[step]?.length ?? 0);
  return blendCalibrations(own, counts, pooled, catalogue.pseudoCount);
}

/** Per-step median of several calibrations of the same horizon (Auto's blend of models). */
export function medianCalibration(calibrations: IntervalCalibration[]): IntervalCalibration {
  const first = calibrations[0] as IntervalCalibration;
  const median = { ...first, errorCount: 0 };
  for (const band of BAND_NAMES) {
    median[band] = Float64Array.from(first[band], (_, step) => {
      const values = calibrations
        .map((calibration) => calibration[band][step] as number)
        .sort((x, y) => x - y);
      const middle = (values.length - 1) / 2;
      return ((values[Math.floor(middle)] as number) + (values[Math.ceil(middle)] as number)) / 2;
    });
  }
  median.errorCount = calibrations.reduce((total, calibration) => total + calibration.errorCount, 0);
  return median;
}

/** The forecast with its test coverage and future quantiles recomputed under `calibration`. */
function withCalibration<T extends EvaluatedForecast>(
  evaluation: SeriesEvaluation,
  source: T,
  calibration: IntervalCalibration | null,
): T {
  if (calibration === null) return source;
  const future = source.future;
  return {
    ...source,
    testCoverage80: testCoverage80(evaluation, source, calibration),
    ...(future
      ? {
          future: { ...future, quantiles: applyIntervals(future.point, evaluation.futureScale, calibration) },
        }
      : {}),
  };
}

/**
 * The series' evaluation with every model's and Auto's future quantiles and test coverage
 * recomputed from the catalogue calibration (the input is not changed). Models without a pooled
 * calibration keep their own intervals; Auto takes the median of its chosen models' calibrations.
 */
export function applyCatalogueCalibration(
  evaluation: SeriesEvaluation,
  catalogue: CatalogueCalibration,
): SeriesEvaluation {
  const calibrations = new Map(
    evaluation.models.map((model) => [model.id, modelCalibration(model, catalogue)]),
  );
  const auto = evaluation.auto;
  const members = (auto?.choice.members ?? []).map((id) => calibrations.get(id) ?? null);
  const usable = members.filter((calibration): calibration is IntervalCalibration => calibration !== null);
  return {
    ...evaluation,
    models: evaluation.models.map((model) =>
      withCalibration(evaluation, model, calibrations.get(model.id) ?? null),
    ),
    auto:
      auto === null
        ? null
        : withCalibration(evaluation, auto, usable.length > 0 ? medianCalibration(usable) : null),
  };
}
