/**
 * The forecast workers' methods (served over the worker RPC, rpc.ts). A pool worker receives
 * batches of series (each already cut out of the Dataset, its buffers transferred), evaluates them
 * one by one and streams each series' outcome as progress of its batch request as soon as it is
 * ready. Errors cross as data, never as lost exceptions. A batch runs without yielding, so
 * cancelling a run terminates its workers rather than sending a cancel.
 */
import type { AutoChoice } from '../core/forecast/auto';
import type { StoredForecast } from '../core/forecast/distribution';
import type { OriginForecast } from '../core/forecast/evaluate-types';
import type { DemandKind } from '../core/forecast/models/intermittent';
import type { CatalogueErrors, RunCalibration } from '../core/forecast/run-calibration';
import type { NetworkModelId } from '../core/forecast/model-registry';
import type { OriginForecasts } from '../core/forecast/precomputed-forecaster';
import type { PooledFit, PooledPartial, PooledSetup } from '../core/forecast/pooled/pooled-fit';
import type { SeriesSplit, SplitAdaptation, SplitSettings } from '../core/forecast/split';
import type { ForecastForm } from '../core/forecast/model-form';
import type { ModelDescription, ModelId, SeriesInput } from '../core/forecast/types';
import type { RankingMetric } from '../core/metrics/forecast-metrics';
import type { ScoreSlot } from './forecast-scores';
import type { WorkerError } from './protocol';

export type { WorkerError };

/** What the user picked in `model-select`. */
export type ModelChoice = 'auto' | ModelId;

export interface RunSettings {
  horizon: number;
  model: ModelChoice;
  split: SplitSettings;
  metric: RankingMetric;
  /** Base seed; series i uses seed + i, so results do not depend on which worker fits it. */
  seed: number;
  /** Wall-clock time (ms since epoch) after which expensive models are skipped; Infinity = no budget. */
  expensiveUntil: number;
  /**
   * The pooled regression fitted on all series at the start of the run (forecast-pool.ts), when the
   * run includes it: every worker, and the chart's, forecast each series from this one fit.
   */
  pooled?: PooledFit;
}

/**
 * Forecasts of global models (trained on all series in the training worker) for one series, at
 * every origin of its evaluation plan (split.ts: evaluationPlan), keyed by model id.
 */
export type PrecomputedForecasts = Partial<Record<NetworkModelId, OriginForecasts>>;

export interface SeriesTask {
  index: number;
  input: SeriesInput;
  /** Set when a global model was trained for the run: it is evaluated like any other model. */
  precomputed?: PrecomputedForecasts;
}

export interface EvaluateBatchRequest {
  type: 'evaluate-batch';
  settings: RunSettings;
  tasks: SeriesTask[];
}

/** Re-evaluates one series with the same models and seed, keeping everything the chart shows. */
export interface SeriesDetailRequest {
  type: 'series-detail';
  settings: RunSettings;
  task: SeriesTask;
  models: ModelId[];
}

/**
 * Start of a run that includes the pooled regression, step 1: a pool worker sums these series' rows
 * into its partial normal equations (kept until `pooled-send`).
 */
export interface PooledAddRequest {
  type: 'pooled-add';
  setup: PooledSetup;
  inputs: SeriesInput[];
}

/** Step 2: each pool worker sends its partial sums. */
export interface PooledSendRequest {
  type: 'pooled-send';
}

/** Step 3: one pool worker merges the partial sums and solves (pooled-fit.ts). */
export interface PooledSolveRequest {
  type: 'pooled-solve';
  /** One per worker; null from a worker that was sent no series. */
  partials: (PooledPartial | null)[];
}

/** End of a run, step 1: each pool worker sends the validation errors of every series it evaluated. */
export interface SendErrorsRequest {
  type: 'send-errors';
}

/**
 * End of a run, step 2: one pool worker merges every worker's errors into the run's calibration
 * (tens of ms for a large catalogue: kept off the main thread).
 */
export interface CalibrateRequest {
  type: 'calibrate';
  errors: CatalogueErrors[];
  horizon: number;
}

/** End of a run, step 3: each pool worker re-scores its series under the merged calibration. */
export interface RecalibrateRequest {
  type: 'recalibrate';
  calibration: RunCalibration;
}

export interface ModelFailure {
  id: ModelId;
  message: string;
}

export interface SeriesOutcome {
  index: number;
  /** Packed metrics (see forecast-scores.ts); NaN where a model was not run or a part is missing. */
  scores: Float64Array;
  evaluated: ModelId[];
  /** Expensive models left out because the time budget was spent. */
  skipped: ModelId[];
  failures: ModelFailure[];
  demand: DemandKind;
  /** The exported forecast (Auto's, or the chosen model's); null when the series could not be forecast. */
  future: StoredForecast | null;
  /** Why `future` is null, as a code: the page words it with the dataset's figures (unforecastable-reason.ts). */
  unforecastable?: 'too-short' | 'no-model';
  futureDates: Int32Array;
  /** Auto's choice (Auto runs only). */
  choice: Pick<AutoChoice, 'kind' | 'members' | 'model' | 'reason' | 'metric' | 'basis'> | null;
  /** Form of the model behind `future` (a code the page words); null when it has none. */
  form: ForecastForm | null;
  /** Set when the series was too short for the requested split (core/forecast/split.ts). */
  splitAdapted?: SplitAdaptation;
}

/** One forecast source of the detail view: a model, or Auto. */
export interface DetailSource {
  slot: ScoreSlot;
  label: string;
  /** One-step in-sample fitted values over all history. */
  fitted: Float64Array | null;
  validation: OriginForecast[];
  test: OriginForecast[];
  /** Its future forecast, stored as the run stores the exported one (the chart reads its band from it). */
  future: StoredForecast | null;
  /** For Auto: the descriptions of the model(s) it chose. */
  descriptions: { label: string; description: ModelDescription }[];
  error?: string;
}

export interface SeriesDetail {
  index: number;
  y: Float64Array;
  /** Day numbers of history then future. */
  dates: Int32Array;
  split: SeriesSplit;
  sources: DetailSource[];
  choice: Pick<AutoChoice, 'reason' | 'metric' | 'basis'> | null;
}

/** What a batch streams: each series' outcome, or why it failed, as soon as it is known. */
export type SeriesProgress =
  | { type: 'series-result'; outcome: SeriesOutcome }
  | { type: 'series-failed'; index: number; error: WorkerError };

/**
 * One worker's series under the catalogue calibration: for series i (index `indices[i]`), the test
 * coverage of every score slot at each of BAND_LEVELS, at
 * `coverage[(i · SCORE_SLOTS.length + slot) · BAND_LEVELS.length + level]`; NaN where nothing changes.
 */
export interface RecalibrationUpdate {
  indices: Int32Array;
  coverage: Float64Array;
}

export type ForecastMethods = {
  /** Resolves (with null) once every series of the batch has been streamed. */
  'evaluate-batch': { request: EvaluateBatchRequest; progress: SeriesProgress; result: null };
  'series-detail': { request: SeriesDetailRequest; progress: never; result: SeriesDetail };
  'pooled-add': { request: PooledAddRequest; progress: never; result: null };
  'pooled-send': { request: PooledSendRequest; progress: never; result: PooledPartial | null };
  'pooled-solve': { request: PooledSolveRequest; progress: never; result: PooledFit | null };
  'send-errors': { request: SendErrorsRequest; progress: never; result: CatalogueErrors };
  calibrate: { request: CalibrateRequest; progress: never; result: RunCalibration };
  recalibrate: { request: RecalibrateRequest; progress: never; result: RecalibrationUpdate };
};

export function errorAsData(error: unknown, code: string): WorkerError {
  return { code, message: error instanceof Error ? error.message : String(error) };
}
