/**
 * Fits one forecaster at rolling origins of one series, each origin at most once, and checks
 * what it returns, so evaluation handles a misbehaving model like a failing one.
 *
 * As statistical software does rolling-origin evaluation, a model is estimated only at its
 * anchors (the first origin of each part, and all history); a later origin in the same part
 * re-runs the anchor's form and parameters over the longer history (`FittedModel.extend`).
 */
import type { SeriesInput, Forecaster, FittedModel, CancelToken } from './types';

/** Thrown when the user cancels; evaluation stops instead of recording it as a model failure. */
export class EvaluationCancelled extends Error {
  constructor() {
    super('Evaluation cancelled');
    this.name = 'EvaluationCancelled';
  }
}

/**
 * The series as a model fitted at `origin` sees it: history before the origin, and dates and
 * covariates for `horizon` periods after it (covariates in a backtest are the values that happened,
 * as a plan would give them).
 */
export function inputAtOrigin(input: SeriesInput, origin: number, horizon: number): SeriesInput {
  const end = origin + horizon;
  return {
    y: input.y.slice(0, origin), // a copy: a model that writes into y cannot change the actuals
    frequency: input.frequency,
    dates: input.dates.subarray(0, end),
    covariates: input.covariates.map((covariate) => ({
      ...covariate,
      values: covariate.values.subarray(0, end),
    })),
  };
}

export interface ModelRunner {
  fitAt(origin: number): FittedModel;
  forecastAt(origin: number): Float64Array;
}

export interface RunnerSettings {
  horizon: number;
  seed: number;
  cancel?: CancelToken;
  /**
   * Origins where the model is estimated from scratch. Any other origin extends the fit at the
   * latest anchor before it, when the model can; without anchors every origin is a full fit.
   */
  anchors?: readonly number[];
}

export function createModelRunner(
  forecaster: Forecaster,
  input: SeriesInput,
  settings: RunnerSettings,
): ModelRunner {
  const fits = new Map<number, FittedModel>();
  const { horizon, seed, cancel } = settings;
  const anchors = [...(settings.anchors ?? [])].sort((a, b) => a - b);
  const anchorBefore = (origin: number): number | undefined => {
    let found: number | undefined;
    for (const anchor of anchors) if (anchor < origin) found = anchor;
    return found;
  };
  const fitAt = (origin: number): FittedModel => {
    const cached = fits.get(origin);
    if (cached !== undefined) return cached;
    if (cancel?.cancelled) throw new EvaluationCancelled();
    const series = inputAtOrigin(input, origin, horizon);
    const anchor = anchors.includes(origin) ? undefined : anchorBefore(origin);
    const base = anchor === undefined ? undefined : fitAt(anchor);
    const options = { horizon, seed, ...(cancel ? { cancel } : {}) };
    const model = base?.extend !== undefined ? base.extend(series, options) : forecaster.fit(series, options);
    if (model.fitted.length !== origin) {
      throw new Error(
        `${forecaster.label} returned ${model.fitted.length} fitted values for ${origin} periods`,
      );
    }
    fits.set(origin, model);
    return model;
  };
  const forecastAt = (origin: number): Float64Array => {
    const values = fitAt(origin).predict(horizon);
    if (values.length !== horizon) {
      throw new Error(`${forecaster.label} returned ${values.length} forecasts instead of ${horizon}`);
    }
    if (!values.every(Number.isFinite))
      throw new Error(`${forecaster.label} returned a forecast that is not a number`);
    return values;
  };
  return { fitAt, forecastAt };
}

/** Words for an error thrown by a model; cancellation is passed on, not recorded. */
export function failureMessage(error: unknown, cancel: CancelToken | undefined): string {
  if (error instanceof EvaluationCancelled || cancel?.cancelled) throw new EvaluationCancelled();
  return error instanceof Error ? error.message : String(error);
}
