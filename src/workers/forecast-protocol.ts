/**
 * The forecast workers' methods (served over the worker RPC, rpc.ts). A pool worker receives
 * batches of series (each already cut out of the Dataset, its buffers transferred), evaluates them
 * one by one and streams each series' outcome as progress of its batch request as soon as it is
 * ready. Errors cross as data, never as lost exceptions. A batch runs without yielding, so
 * cancelling a run terminates its workers rather than sending a cancel.
 */
import type { CatalogueErrors, RunCalibration } from '../core/forecast/run-calibration';
import type { NetworkModelId } from '../core/forecast/model-registry';
import { scoreLayout, type ScoreLayout } from '../core/forecast/score-layout';
import type { OriginForecasts } from '../core/forecast/precomputed-forecaster';
import type { SeriesFacts } from '../core/forecast/run-results';
import type { PooledFit, PooledPartial, PooledSetup } from '../core/forecast/pooled/pooled-fit';
import type { SplitSettings } from '../core/forecast/split';
import type { ModelId, SeriesInput } from '../core/forecast/types';
import type { RankingMetric } from '../core/metrics/forecast-metrics';
import type { WorkerError } from './protocol';

export type { WorkerError };

/** What the user picked in `model-select`. */
export type ModelChoice = 'auto' | ModelId;

export interface RunSettings {
  horizon: number;
  model: ModelChoice;
  /**
   * Every model the run may fit (model-registry.ts: runModels): each gets a slot in the series'
   * score blocks (score-layout.ts), no other model does.
   */
  models: readonly ModelId[];
  split: SplitSettings;
  metric: RankingMetric;
  /** Base seed; series i uses seed + i, so results do not depend on which worker fits it. */
  seed: number;
  /** Wall-clock time (ms since epoch) after which expensive models are skipped; Infinity = no budget. */
  expensiveUntil: number;
  /**
   * The pooled regression fitted on all series at the start of the run (forecast-pool.ts), when the
   * run includes it: every worker forecasts each series from this one fit.
   */
  pooled?: PooledFit;
}

/** Where a run's scores sit in each series' block: its models, then Auto in Auto runs. */
export function runScoreLayout(settings: Pick<RunSettings, 'model' | 'models'>): ScoreLayout {
  return scoreLayout(settings.models, settings.model === 'auto');
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
  /** The run's settings' models and choice: the coverage's slots (runScoreLayout). */
  settings: Pick<RunSettings, 'model' | 'models'>;
}

/**
 * One series' outcome on the wire: its position in the batch's Dataset, its packed scores (the
 * run's layout, runScoreLayout; NaN where a model was not run or a part is missing), and the facts
 * the run keeps of it (core/forecast/run-results.ts).
 */
export interface SeriesOutcome extends SeriesFacts {
  index: number;
  scores: Float64Array;
}

/** What a batch streams: each series' outcome, or why it failed, as soon as it is known. */
export type SeriesProgress =
  | { type: 'series-result'; outcome: SeriesOutcome }
  | { type: 'series-failed'; index: number; error: WorkerError };

/**
 * One worker's series under the catalogue calibration: for series i (index `indices[i]`), the test
 * coverage of every slot of the run's layout (runScoreLayout) at each of BAND_LEVELS, at
 * `coverage[(i · slots + slot) · BAND_LEVELS.length + level]`; NaN where nothing changes.
 */
export interface RecalibrationUpdate {
  indices: Int32Array;
  coverage: Float64Array;
}

export type ForecastMethods = {
  /** Resolves (with null) once every series of the batch has been streamed. */
  'evaluate-batch': { request: EvaluateBatchRequest; progress: SeriesProgress; result: null };
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
