/**
 * Honest evaluation of every model on one series: fit on train, forecast rolling origins in
 * validation, let Auto choose from validation alone, then score the test part once, and finally
 * refit on all history for the future forecast with conformal p10/p50/p90. Later origins of a part
 * re-run the part's first fit over the longer history instead of estimating again (evaluate-runner.ts).
 */
import { computeMetrics, type ForecastMetrics } from '../metrics/forecast-metrics';
import { maseScale, type MaseScale } from '../metrics/mase-scale';
import { chooseAuto, choiceWindows, type AutoCandidate, type AutoChoice } from './auto';
import { autoPool, judgedOnEnoughWindows } from './auto-candidates';
import { closeFuture, closeQuantiles } from './closed-periods';
import { concatWindows } from './concat-windows';
import type {
  AutoEvaluation,
  EvaluatedForecast,
  EvaluationSettings,
  ModelEvaluation,
  OriginForecast,
  SeriesEvaluation,
} from './evaluate-types';
import { createModelRunner, failureMessage, type ModelRunner } from './evaluate-runner';
import {
  applyIntervals,
  calibrateIntervals,
  futureIntervalScale,
  intervalCoverage,
  residualStepErrors,
  scaledErrorWindows,
  stepErrorsOf,
  type IntervalCalibration,
  type ScaledErrorWindows,
} from './intervals';
import { evaluationPlan, type SeriesSplit } from './split';
import {
  SEASON_LENGTH,
  type Forecaster,
  type ModelId,
  type SeriesCovariate,
  type SeriesInput,
} from './types';

/** Everything about one series that every model's scoring shares. */
interface SeriesContext {
  y: Float64Array;
  horizon: number;
  split: SeriesSplit;
  /** Origins before validation that Auto also chooses on (see earlierSelectionOrigins). */
  earlierOrigins: number[];
  /** Origins before validation whose windows only calibrate the intervals (see calibrationOrigins). */
  calibrationOrigins: number[];
  scale: MaseScale;
  /** Interval scale of the future forecast (see futureIntervalScale). */
  futureScale: number;
  seasonLength: number;
  train: Float64Array;
  settings: EvaluationSettings;
  /** Future periods the plan marks as unable to sell (see closed-periods.ts). */
  futureClosed?: Uint8Array;
  /** The series' covariates (Auto's pool asks whether its price is planned). */
  covariates: SeriesCovariate[];
}

interface ModelState {
  forecaster: Forecaster;
  runner: ModelRunner;
  /** Forecasts at the calibration origins: `runner`, or one of its own (see evaluateSeries). */
  calibrationRunner: ModelRunner;
  evaluation: ModelEvaluation;
  /** In-sample one-step fitted values of the train fit. */
  trainFitted?: Float64Array;
  /** Forecasts at the earlier selection origins (NaN where the model could not fit that early). */
  earlierForecasts: Float64Array[];
  /** Forecasts at the calibration origins (NaN where the model could not fit that early). */
  calibrationForecasts: OriginForecast[];
}

const actualsAt = (context: SeriesContext, origins: number[]): Float64Array[] =>
  origins.map((origin) => context.y.subarray(origin, origin + context.horizon));

function metricsOf(context: SeriesContext, forecasts: OriginForecast[]): ForecastMetrics | undefined {
  if (forecasts.length === 0) return undefined;
  const actual = concatWindows(
    actualsAt(
      context,
      forecasts.map((forecast) => forecast.origin),
    ),
  );
  const forecast = concatWindows(forecasts.map((f) => f.values));
  return computeMetrics(actual, forecast, context.train, context.seasonLength, context.scale);
}

/** Scaled errors of forecast windows against the series' actuals. */
function windowErrors(context: SeriesContext, forecasts: OriginForecast[]): ScaledErrorWindows {
  const { horizon, scale } = context;
  const windows = forecasts.map((forecast) => ({
    actual: context.y.subarray(forecast.origin, forecast.origin + horizon),
    forecast: forecast.values,
  }));
  return scaledErrorWindows(windows, scale.value, horizon);
}

/** Conformal calibration from the calibration windows' errors, or from in-sample residuals without validation. */
function calibrate(
  context: SeriesContext,
  calibrationErrors: ScaledErrorWindows,
  trainFitted: Float64Array,
): IntervalCalibration {
  const { horizon, scale, settings } = context;
  let errors = stepErrorsOf(calibrationErrors);
  if (errors.every((step) => step.length === 0))
    errors = residualStepErrors(context.train, trainFitted, scale.value, horizon);
  return calibrateIntervals(errors, settings.level, settings.intervalMode ?? 'signed');
}

/** The actuals of the test windows, window after window (NaN past the series' end), for re-scoring coverage. */
function testActualsOf(context: SeriesContext): Float64Array {
  const { horizon, split } = context;
  const out = new Float64Array(split.testOrigins.length * horizon).fill(NaN);
  split.testOrigins.forEach((origin, w) =>
    out.set(context.y.subarray(origin, origin + horizon), w * horizon),
  );
  return out;
}

function coverage80(
  context: SeriesContext,
  forecasts: OriginForecast[],
  calibration: IntervalCalibration,
): number {
  let covered = 0;
  let count = 0;
  for (const forecast of forecasts) {
    const bands = applyIntervals(forecast.values, context.scale.value, calibration);
    const actual = context.y.subarray(forecast.origin, forecast.origin + context.horizon);
    const result = intervalCoverage(actual, bands.p10, bands.p90);
    covered += result.covered;
    count += result.count;
  }
  return count === 0 ? NaN : covered / count;
}

/** Scores, coverage and future quantiles of one forecast source, given its windows. */
function scoreForecast(
  context: SeriesContext,
  parts: {
    /** Windows at the calibration origins, before validation: they only calibrate the intervals. */
    calibration: OriginForecast[];
    validation: OriginForecast[];
    test: OriginForecast[];
    trainFitted: Float64Array;
    future: Float64Array;
    model: string;
  },
): EvaluatedForecast {
  const calibrationErrors = windowErrors(context, [...parts.calibration, ...parts.validation]);
  const calibration = calibrate(context, calibrationErrors, parts.trainFitted);
  const validation = metricsOf(context, parts.validation);
  const test = metricsOf(context, parts.test);
  return {
    ...(validation ? { validation } : {}),
    ...(test ? { test } : {}),
    validationForecasts: parts.validation,
    testForecasts: parts.test,
    testCoverage80: coverage80(context, parts.test, calibration),
    ...(parts.validation.length > 0 ? { calibrationErrors } : {}),
    future: {
      model: parts.model,
      point: closeFuture(parts.future, context.futureClosed),
      quantiles: closeQuantiles(
        applyIntervals(parts.future, context.futureScale, calibration),
        context.futureClosed,
      ),
    },
  };
}

const forecastsAt = (runner: ModelRunner, origins: number[]): OriginForecast[] =>
  origins.map((origin) => ({ origin, values: runner.forecastAt(origin) }));

/** Phase 1: the train fit (in-sample metrics) and the validation forecasts. Never touches test. */
function fitAndValidate(context: SeriesContext, state: ModelState): void {
  const { split } = context;
  try {
    const trainFitted = state.runner.fitAt(split.trainEnd).fitted;
    state.trainFitted = trainFitted;
    state.evaluation.train = computeMetrics(
      context.train,
      trainFitted,
      context.train,
      context.seasonLength,
      context.scale,
    );
    state.evaluation.validationForecasts = forecastsAt(state.runner, split.validationOrigins);
    const validation = metricsOf(context, state.evaluation.validationForecasts);
    if (validation) state.evaluation.validation = validation;
  } catch (error) {
    state.evaluation.error = failureMessage(error, context.settings.cancel);
    state.evaluation.validationForecasts = [];
    return;
  }
  const forecastOrNaN = (origin: number, runner = state.runner): Float64Array => {
    try {
      return runner.forecastAt(origin);
    } catch (error) {
      failureMessage(error, context.settings.cancel); // passes a cancellation on
      return new Float64Array(context.horizon).fill(NaN); // too early for this model: it is judged on the rest
    }
  };
  state.earlierForecasts = context.earlierOrigins.map((origin) => forecastOrNaN(origin));
  state.calibrationForecasts = context.calibrationOrigins.map((origin) => ({
    origin,
    values: forecastOrNaN(origin, state.calibrationRunner),
  }));
}

/** Phase 3 (after Auto has chosen): test forecasts, the refit on all history, intervals. */
function testAndForecast(context: SeriesContext, state: ModelState): void {
  const { evaluation, runner, trainFitted } = state;
  if (evaluation.error !== undefined || trainFitted === undefined) return;
  try {
    const test = forecastsAt(runner, context.split.testOrigins);
    const future = runner.forecastAt(context.y.length);
    evaluation.description = runner.fitAt(context.y.length).describe();
    const validation = evaluation.validationForecasts;
    const calibration = state.calibrationForecasts;
    Object.assign(
      evaluation,
      scoreForecast(context, { calibration, validation, test, trainFitted, future, model: evaluation.id }),
    );
  } catch (error) {
    evaluation.error = failureMessage(error, context.settings.cancel);
  }
}

/** A window the model forecast (a model that could not forecast from its origin has NaN there). */
const hasForecast = (forecast: Float64Array): boolean => forecast.some((value) => !Number.isNaN(value));

/**
 * Auto's candidates, on the earlier selection windows and the validation windows, or on the in-sample
 * fit when there is no validation part. Models the series rules out for Auto, and a network scored
 * on too few windows (auto-candidates.ts: MIN_NETWORK_WINDOWS), are left out, unless nothing else
 * fitted.
 */
function chooseFrom(context: SeriesContext, states: ModelState[]): AutoChoice | null {
  const fitted = states.filter(
    (state) => state.evaluation.error === undefined && state.trainFitted !== undefined,
  );
  const pool = autoPool(
    context.y.subarray(0, context.split.validationEnd),
    context.seasonLength,
    context.covariates,
  );
  const validate = context.split.validationOrigins.length > 0;
  const windowsOf = (state: ModelState): Float64Array[] =>
    validate
      ? [...state.earlierForecasts, ...state.evaluation.validationForecasts.map((f) => f.values)]
      : [state.trainFitted as Float64Array];
  const eligible = fitted.filter(
    (state) =>
      !pool.excluded.has(state.evaluation.id) &&
      judgedOnEnoughWindows(state.evaluation.id, windowsOf(state).filter(hasForecast).length),
  );
  const usable = eligible.length > 0 ? eligible : fitted;
  const candidates: AutoCandidate[] = usable.map((state) => ({
    id: state.evaluation.id,
    windows: windowsOf(state),
  }));
  const actual = validate
    ? actualsAt(context, [...context.earlierOrigins, ...context.split.validationOrigins])
    : [context.train];
  const basis = validate ? 'validation' : 'in-sample';
  return chooseAuto(candidates, actual, context.scale, {
    metric: context.settings.metric ?? 'mase',
    basis,
    pool,
  });
}

/** Auto's own forecast: its model's windows, or the per-period median of the blended models. */
function evaluateAuto(context: SeriesContext, choice: AutoChoice, states: ModelState[]): AutoEvaluation {
  const members = choice.members.map(
    (id) => states.find((state) => state.evaluation.id === id) as ModelState,
  );
  const stateOf = (id: ModelId): ModelState => members[choice.members.indexOf(id)] as ModelState;
  const blendWindows = (pick: (state: ModelState) => OriginForecast[]): OriginForecast[] => {
    const first = members[0] ? pick(members[0]) : [];
    const combined = choiceWindows(choice, (id) => pick(stateOf(id)).map((f) => f.values));
    return first.map((forecast, i) => ({ origin: forecast.origin, values: combined[i] as Float64Array }));
  };
  const blendSeries = (pick: (state: ModelState) => Float64Array): Float64Array =>
    choiceWindows(choice, (id) => [pick(stateOf(id))])[0] as Float64Array;
  const scored = scoreForecast(context, {
    calibration: blendWindows((state) => state.calibrationForecasts),
    validation: blendWindows((state) => state.evaluation.validationForecasts),
    test: blendWindows((state) => state.evaluation.testForecasts),
    trainFitted: blendSeries((state) => state.trainFitted as Float64Array),
    future: blendSeries((state) => state.evaluation.future?.point as Float64Array),
    model: choice.model,
  });
  const single = members.length === 1 ? members[0]?.evaluation.train : undefined;
  return { choice, ...scored, ...(single ? { train: single } : {}) };
}

/** Evaluates every forecaster on one series and picks Auto's forecast; failing models are recorded, not fatal. */
export function evaluateSeries(
  input: SeriesInput,
  forecasters: Forecaster[],
  settings: EvaluationSettings,
): SeriesEvaluation {
  const { horizon } = settings;
  const y = input.y;
  const seasonLength = SEASON_LENGTH[input.frequency];
  const { split, earlierOrigins, calibrationOrigins } = evaluationPlan(
    y.length,
    horizon,
    settings.split,
    seasonLength,
    settings.maxOrigins,
  );
  const train = y.subarray(0, split.trainEnd);
  const scale = maseScale(train, seasonLength);
  const futureScale = futureIntervalScale(y, scale);
  const context: SeriesContext = {
    y,
    horizon,
    split,
    earlierOrigins,
    calibrationOrigins,
    scale,
    futureScale,
    seasonLength,
    train,
    settings,
    covariates: input.covariates,
    ...(input.futureClosed ? { futureClosed: input.futureClosed } : {}),
  };
  // Estimated once per part: at the first earlier selection origin (when there is one), on train
  // (validation), on train + validation (test), on all history (future). The calibration windows
  // are forecast from a fit at the first calibration origin (which has the history split.ts asks of
  // them) and extended: by the same runner where that origin comes first, by one of their own where
  // an earlier selection origin does, so that calibrating never changes the forecasts Auto chooses on.
  const firstEarlier = earlierOrigins[0] ?? split.trainEnd;
  const firstCalibration = calibrationOrigins[0];
  const sharedRunner = firstCalibration === undefined || firstCalibration <= firstEarlier;
  const calibrationAnchor = sharedRunner && firstCalibration !== undefined ? [firstCalibration] : [];
  const runnerSettings = {
    horizon,
    seed: settings.seed,
    anchors: [
      ...calibrationAnchor,
      ...earlierOrigins.slice(0, 1),
      split.trainEnd,
      split.validationEnd,
      y.length,
    ],
    ...(settings.cancel ? { cancel: settings.cancel } : {}),
  };
  const states: ModelState[] = forecasters.map((forecaster) => {
    const runner = createModelRunner(forecaster, input, runnerSettings);
    const calibrationRunner = sharedRunner
      ? runner
      : createModelRunner(forecaster, input, { ...runnerSettings, anchors: calibrationOrigins.slice(0, 1) });
    return {
      forecaster,
      runner,
      calibrationRunner,
      evaluation: {
        id: forecaster.id,
        label: forecaster.label,
        validationForecasts: [],
        testForecasts: [],
        testCoverage80: NaN,
      },
      earlierForecasts: [],
      calibrationForecasts: [],
    };
  });

  for (const state of states) fitAndValidate(context, state);
  let choice = chooseFrom(context, states);
  for (const state of states) testAndForecast(context, state);
  // A chosen model that failed only on its refit is replaced by the next choice (still from validation alone).
  const failed = (id: string): boolean =>
    states.some((state) => state.evaluation.id === id && state.evaluation.error !== undefined);
  if (choice !== null && choice.members.some(failed)) choice = chooseFrom(context, states);
  return {
    split,
    scale,
    futureScale,
    seasonLength,
    futureDates: input.dates.slice(y.length, y.length + horizon),
    testActuals: testActualsOf(context),
    models: states.map((state) => state.evaluation),
    auto: choice === null ? null : evaluateAuto(context, choice, states),
  };
}
