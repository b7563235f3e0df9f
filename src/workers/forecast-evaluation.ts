/**
 * What a forecast worker does with one series: choose the models that apply, evaluate them with
 * the core, and pack the outcome for the main thread. Plain functions, so they run in Node tests.
 */
import { choiceAnchor } from '../core/forecast/auto';
import { storedForecastBuffers, storedForecastOf } from '../core/forecast/distribution';
import { evaluateSeries } from '../core/forecast/evaluate';
import type {
  EvaluatedForecast,
  EvaluationSettings,
  SeriesEvaluation,
} from '../core/forecast/evaluate-types';
import type { DescribedModel, SeriesFacts } from '../core/forecast/run-results';
import { storedBackcast } from '../core/forecast/stored-backcast';
import { classifyDemand, type DemandKind } from '../core/forecast/models/intermittent';
import { historyBeforeTest } from '../core/forecast/split';
import { LOCAL_FORECASTERS } from '../core/forecast/local-forecasters';
import { NETWORK_MODEL_IDS, modelDescriptor } from '../core/forecast/model-registry';
import { pooledForecaster } from '../core/forecast/pooled/pooled-forecaster';
import { precomputedForecaster } from '../core/forecast/precomputed-forecaster';
import { addSeriesTotalErrors } from '../core/forecast/run-calibration';
import type { ValidationWindow } from '../core/forecast/total-errors';
import { SEASON_LENGTH, type Forecaster, type ModelId, type SeriesInput } from '../core/forecast/types';
import {
  runScoreLayout,
  type PrecomputedForecasts,
  type RunSettings,
  type SeriesOutcome,
  type SeriesTask,
} from './forecast-protocol';
import { emptyScores, packMetrics, type ScoreLayout } from '../core/forecast/score-layout';
import { runsPooled } from './forecast-pooled';
import { collectSeries, type RunCalibrationCollector } from './forecast-recalibration';
import { MIN_OBSERVED_PERIODS } from '../core/forecast/min-history';

export interface ModelPlan {
  run: Forecaster[];
  /** Expensive models left out because the budget was spent. */
  skipped: ModelId[];
  demand: DemandKind;
}

/**
 * Auto: every model that applies (intermittent ones only for intermittent or lumpy demand, the
 * expensive ones only before `expensiveUntil`). A single model: it, plus seasonal naive as the
 * reference every leaderboard needs. Demand is classified on the history before the test part, as
 * Auto's pool is (auto-candidates.ts), so the test part never decides which models run. Then the
 * pooled regression when the run fitted it (Auto runs, or a run of it alone), and the networks whose
 * precomputed forecasts the task carries.
 */
export function planModels(
  input: Pick<SeriesInput, 'y' | 'frequency'>,
  settings: RunSettings,
  now: number,
  precomputed: PrecomputedForecasts = {},
): ModelPlan {
  const local = planLocalModels(input, settings, now);
  return {
    ...local,
    run: [...local.run, ...pooledForecasters(settings), ...precomputedForecasters(precomputed)],
  };
}

/** The pooled regression over the run's fit, when the run includes it (forecast-pooled.ts). */
export function pooledForecasters(settings: RunSettings): Forecaster[] {
  return settings.pooled !== undefined && runsPooled(settings) ? [pooledForecaster(settings.pooled)] : [];
}

/**
 * The global models whose forecasts the task carries, in registry order. The main thread only
 * sends them for a model the user trained (alone, or added to Auto's pool by the user), so Auto
 * leaves neural models out unless asked.
 */
export function precomputedForecasters(precomputed: PrecomputedForecasts): Forecaster[] {
  return NETWORK_MODEL_IDS.flatMap((id) => {
    const forecasts = precomputed[id];
    return forecasts === undefined ? [] : [precomputedForecaster(id, modelDescriptor(id).label, forecasts)];
  });
}

function planLocalModels(
  input: Pick<SeriesInput, 'y' | 'frequency'>,
  settings: RunSettings,
  now: number,
): ModelPlan {
  const history = historyBeforeTest(
    input.y,
    settings.horizon,
    settings.split,
    SEASON_LENGTH[input.frequency],
  );
  const demand = classifyDemand(history).kind;
  if (settings.model !== 'auto') {
    const ids = new Set<ModelId>([settings.model, 'snaive']);
    return { run: LOCAL_FORECASTERS.filter((f) => ids.has(f.id)), skipped: [], demand };
  }
  const intermittent = demand === 'intermittent' || demand === 'lumpy';
  const withinBudget = now < settings.expensiveUntil;
  const budgeted = (f: Forecaster) => modelDescriptor(f.id).cost === 'budgeted';
  const applies = LOCAL_FORECASTERS.filter((f) => intermittent || !modelDescriptor(f.id).intermittentOnly);
  return {
    run: applies.filter((f) => withinBudget || !budgeted(f)),
    skipped: withinBudget ? [] : applies.filter(budgeted).map((f) => f.id),
    demand,
  };
}

/**
 * The level of the central band the core scores per series: p10–p90. Bands at other levels come
 * from the run's stored distribution, so the Interval setting never needs a re-run.
 */
const SCORED_LEVEL = 0.8;

export function evaluationSettings(settings: RunSettings, index: number): EvaluationSettings {
  return {
    horizon: settings.horizon,
    split: settings.split,
    level: SCORED_LEVEL,
    metric: settings.metric,
    seed: settings.seed + index,
  };
}

function observedCount(y: Float64Array): number {
  let count = 0;
  for (const value of y) if (!Number.isNaN(value)) count++;
  return count;
}

/**
 * The scores in the run's layout. Auto's only in Auto runs (the layout has its slot only then): in
 * a single-model run its choice between two models means nothing.
 */
function packScores(evaluation: SeriesEvaluation, layout: ScoreLayout): Float64Array {
  const scores = emptyScores(layout);
  for (const model of evaluation.models) {
    packMetrics(layout, scores, model.id, 'train', model.train);
    packMetrics(layout, scores, model.id, 'validation', model.validation);
    packMetrics(layout, scores, model.id, 'test', model.test, model.testCoverage80);
  }
  const auto = evaluation.auto;
  if (layout.has('auto') && auto !== null) {
    packMetrics(layout, scores, 'auto', 'train', auto.train);
    packMetrics(layout, scores, 'auto', 'validation', auto.validation);
    packMetrics(layout, scores, 'auto', 'test', auto.test, auto.testCoverage80);
  }
  return scores;
}

type PrimaryForecast = Pick<SeriesFacts, 'future' | 'form' | 'backcast' | 'descriptions'>;

const NO_FORECAST: PrimaryForecast = { future: null, form: null, backcast: null, descriptions: [] };

/**
 * The export forecast, its model's form and fitted models, and its validation and test windows
 * over the chart's recent view: Auto's for Auto runs, else the chosen model's.
 */
function primaryForecast(
  evaluation: SeriesEvaluation,
  settings: RunSettings,
  closed: Uint8Array | undefined,
): PrimaryForecast {
  const fromModel = (id: ModelId) => evaluation.models.find((model) => model.id === id);
  const backcastOf = (source: EvaluatedForecast) =>
    storedBackcast(evaluation.split, [...source.validationForecasts, ...source.testForecasts]);
  const described = (ids: readonly ModelId[]): DescribedModel[] =>
    ids.flatMap((id) => {
      const description = fromModel(id)?.description;
      return description === undefined ? [] : [{ id, description }];
    });
  if (settings.model === 'auto') {
    const auto = evaluation.auto;
    if (auto === null) return NO_FORECAST;
    const anchor = choiceAnchor(auto.choice);
    const formOf = (id: ModelId) => fromModel(id)?.description?.form;
    const forms = auto.choice.members.flatMap((id) => {
      const form = id === anchor ? undefined : formOf(id);
      return form === undefined ? [] : [form];
    });
    const anchorForm = anchor === undefined ? undefined : formOf(anchor);
    return {
      future: storedForecastOf(auto, [...auto.choice.members], evaluation.futureScale, closed, anchor),
      form:
        auto.choice.kind === 'blend'
          ? { code: 'blend', members: forms, ...(anchorForm ? { anchor: anchorForm } : {}) }
          : (forms[0] ?? null),
      backcast: backcastOf(auto),
      descriptions: described(auto.choice.members),
    };
  }
  const chosen = fromModel(settings.model);
  if (chosen === undefined || chosen.error !== undefined) return NO_FORECAST;
  return {
    future: storedForecastOf(chosen, [chosen.id], evaluation.futureScale, closed),
    form: chosen.description?.form ?? null,
    backcast: backcastOf(chosen),
    descriptions: described([chosen.id]),
  };
}

/**
 * The validation windows of the forecast the series exports (Auto's, or the chosen model's), with
 * each origin's date: what the total forecast's errors are measured on (core/forecast/total-errors.ts).
 */
function primaryValidationWindows(
  evaluation: SeriesEvaluation,
  settings: RunSettings,
  input: SeriesInput,
): ValidationWindow[] {
  const source =
    settings.model === 'auto'
      ? evaluation.auto
      : evaluation.models.find((model) => model.id === settings.model && model.error === undefined);
  return (source?.validationForecasts ?? []).map(({ origin, values }) => ({
    originDate: input.dates[origin] as number,
    forecast: values,
    actual: input.y.subarray(origin, origin + values.length),
  }));
}

/**
 * Evaluates one series; a series without enough history comes back listed as too short. A pool
 * worker passes its collector, which keeps what the run's catalogue calibration needs.
 */
export function evaluateTask(
  task: SeriesTask,
  settings: RunSettings,
  now: number,
  collector?: RunCalibrationCollector,
): SeriesOutcome {
  const { input, index } = task;
  const plan = planModels(input, settings, now, task.precomputed);
  const futureDates = input.dates.slice(input.y.length, input.y.length + settings.horizon);
  const observed = observedCount(input.y);
  if (observed < MIN_OBSERVED_PERIODS) {
    return {
      index,
      scores: emptyScores(runScoreLayout(settings)),
      evaluated: [],
      skipped: [],
      failures: [],
      demand: plan.demand,
      future: null,
      unforecastable: 'too-short',
      futureDates,
      choice: null,
      form: null,
      backcast: null,
      descriptions: [],
    };
  }
  const evaluation = evaluateSeries(input, plan.run, evaluationSettings(settings, index));
  if (collector !== undefined) {
    collectSeries(collector, index, evaluation, settings.model === 'auto');
    addSeriesTotalErrors(
      collector.errors,
      settings.horizon,
      primaryValidationWindows(evaluation, settings, input),
    );
  }
  const { future, form, backcast, descriptions } = primaryForecast(evaluation, settings, input.futureClosed);
  const failures = evaluation.models.flatMap((model) =>
    model.error !== undefined ? [{ id: model.id, message: model.error }] : [],
  );
  const choice = settings.model === 'auto' && evaluation.auto !== null ? evaluation.auto.choice : null;
  return {
    index,
    scores: packScores(evaluation, runScoreLayout(settings)),
    evaluated: plan.run.map((forecaster) => forecaster.id),
    skipped: plan.skipped,
    failures,
    demand: plan.demand,
    future,
    ...(future === null ? { unforecastable: 'no-model' as const } : {}),
    futureDates,
    choice:
      choice === null
        ? null
        : {
            kind: choice.kind,
            members: choice.members,
            model: choice.model,
            reason: choice.reason,
            metric: choice.metric,
            basis: choice.basis,
          },
    form,
    backcast,
    descriptions,
    ...(evaluation.split.adapted !== undefined ? { splitAdapted: evaluation.split.adapted } : {}),
  };
}

/** Buffers of an outcome that can be transferred instead of copied. */
export function outcomeTransferables(outcome: SeriesOutcome): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [outcome.scores.buffer, outcome.futureDates.buffer];
  if (outcome.future !== null) buffers.push(...storedForecastBuffers(outcome.future));
  if (outcome.backcast !== null) buffers.push(outcome.backcast.values.buffer);
  return uniqueArrayBuffers(buffers);
}

/** Distinct whole ArrayBuffers (a buffer listed twice makes postMessage throw). */
export function uniqueArrayBuffers(buffers: ArrayBufferLike[]): ArrayBuffer[] {
  return [...new Set(buffers)].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/** Ensures each input array owns its buffer, so transferring it cannot detach anything else. */
export function taskTransferables(task: SeriesTask): ArrayBuffer[] {
  const { y, dates, covariates, futureClosed } = task.input;
  return uniqueArrayBuffers([
    y.buffer,
    dates.buffer,
    ...covariates.map((covariate) => covariate.values.buffer),
    ...(futureClosed ? [futureClosed.buffer] : []),
  ]);
}
