/**
 * The training worker's methods (served over the worker RPC, rpc.ts): one global network trained on
 * all series, streaming its progress, answered with each series' forecasts at every origin of its
 * evaluation plan. Cancel is cooperative (the worker checks the token between steps), so a tfjs
 * backend's GPU state is released in order rather than lost with a terminated worker.
 */
import type { Dataset } from '../core/dataset/types';
import type { OriginForecasts } from '../core/forecast/precomputed-forecaster';
import type { SplitSettings } from '../core/forecast/split';
import type { TrainingPhase } from '../core/neural/global-forecasts';
import type { InputImportance } from '../core/neural/importance';
import type { ModelFileProblem } from '../core/neural/model-file';
import type { ModelFitProblem } from '../core/neural/saved-model';
import type { SavedModelInfo } from '../core/neural/saved-model-info';
import type { NeuralSettings } from '../core/neural/settings';
import type { StopReason } from '../core/neural/train';

/** The tfjs backends the app can train on, in the order it prefers them. */
export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
/** 'auto' lets the worker choose (train-backend.ts); a name forces that backend. */
export type BackendChoice = 'auto' | BackendName;

/** Why a backend could not take part in the choice (worded by the page, neural namespace). */
export type BackendProblem =
  'no-webgpu' | 'no-adapter' | 'no-offscreen-canvas' | 'no-webgl2' | 'trial-failed';

export interface BackendNote {
  backend: BackendName;
  problem: BackendProblem;
  /** tfjs's own message when the trial failed (a missing kernel, say): quoted as a technical detail. */
  detail?: string;
}

/** Why the worker trains on the backend it chose, as a code with its measured figures. */
export type BackendReason =
  | { code: 'forced'; msPerStep: number }
  | { code: 'gpu-adapter'; msPerStep: number }
  | { code: 'fastest'; trials: { backend: BackendName; msPerStep: number }[]; skipped: BackendNote[] }
  /**
   * The work moved here mid-run: `from` failed (its GPU device lost, say) after `step` of `phase`,
   * and training went on from that step (or, `forecasting` a saved network, the forecast started
   * again here). `detail` is tfjs's or the browser's message.
   */
  | {
      code: 'failed-over';
      from: BackendName;
      phase: TrainingPhase | 'forecasting';
      step: number;
      detail: string;
    };

/**
 * The training worker's failures, as codes with params (the error envelope's `code` and `params`;
 * worded by the page). Its `message` is English for logs only.
 */
export type TrainFailure =
  | { code: 'backend-unavailable'; params: { backend: BackendName; problem: BackendProblem } }
  | { code: 'backend-cannot-train'; params: { backend: BackendName; detail: string } }
  | { code: 'no-backend'; params: { skipped: BackendNote[] } }
  | { code: 'model-does-not-fit'; params: { problem: ModelFitProblem } }
  | { code: 'model-missing'; params: { id: string } }
  | { code: 'model-damaged'; params: Record<string, never> }
  | { code: 'storage-unavailable'; params: Record<string, never> };
export type TrainFailureCode = TrainFailure['code'];

export interface TrainRequest {
  type: 'train';
  /** The whole Dataset (a few typed arrays copy fast); the worker cuts each series out itself. */
  dataset: Dataset;
  horizon: number;
  split: SplitSettings;
  settings: NeuralSettings;
  backend: BackendChoice;
  /** Name the trained model is saved under (in IndexedDB, from the worker). */
  modelName: string;
  /** A saved model's id: continue training it (warm start) instead of starting from fresh weights. */
  warmStart?: string;
}

/** Forecast with a saved model as it is, without training: its horizon is the run's. */
export interface ForecastSavedRequest {
  type: 'forecastSaved';
  dataset: Dataset;
  split: SplitSettings;
  backend: BackendChoice;
  id: string;
}

/** Measures how long training this network on this data would take, without training it. */
export interface EstimateRequest {
  type: 'estimate';
  dataset: Dataset;
  horizon: number;
  split: SplitSettings;
  settings: NeuralSettings;
  backend: BackendChoice;
}

export interface TrainingEstimate {
  /** The backend the training would choose, and its measured step of this network. */
  backend: BackendName;
  msPerStep: number;
  /**
   * The most steps a run trains: the evaluation's steps, then as many again on all history (early
   * stopping usually ends both sooner).
   */
  plannedSteps: number;
  /** msPerStep × plannedSteps, in seconds: an upper estimate of the training (validation checks aside). */
  seconds: number;
}

export type TrainProgress =
  | { type: 'backend'; backend: BackendName; reason: BackendReason }
  | {
      type: 'step';
      /** 'evaluation': on the train parts, early-stopped; 'retraining': on all history. */
      phase: TrainingPhase;
      step: number;
      totalSteps: number;
      trainLoss: number;
      validationLoss?: number;
      samplesPerSecond: number;
      stepsPerSecond: number;
      /** Seconds left if every remaining step runs (early stopping may end sooner). */
      etaSeconds: number;
    };

export interface TrainResult {
  backend: BackendName;
  reason: BackendReason;
  stoppedBy: StopReason;
  stepsRun: number;
  bestStep: number;
  bestValidationLoss: number | null;
  /** Steps of the retraining on all history (null: it did not run to the end, e.g. cancelled). */
  retrainSteps: number | null;
  /** Which network forecast after the history. */
  futureFrom: 'retrained' | 'evaluated';
  /**
   * Per series (request order): forecasts at every origin of its evaluation plan; null when the
   * run was stopped before its first validation check.
   */
  forecasts: OriginForecasts[] | null;
  importance: InputImportance[];
  /** The model as saved (null when nothing was trained or saving failed; see saveError). */
  saved: SavedModelInfo | null;
  saveError: string | null;
}

export type { SavedModelInfo };

export interface ForecastSavedResult {
  backend: BackendName;
  reason: BackendReason;
  model: SavedModelInfo;
  forecasts: OriginForecasts[];
}

/** Stops a training run after its current step and keeps what it learned (unlike an RPC cancel). */
export interface StopRequest {
  type: 'stop';
}

export interface ExportModelRequest {
  type: 'exportModel';
  id: string;
}

export interface ImportModelRequest {
  type: 'importModel';
  /** The file's text (modelFileText). */
  text: string;
  dataset: Dataset | null;
}

/** An import the worker refused: why, as a code the page words. */
export type ImportModelResult =
  { ok: true; model: SavedModelInfo } | { ok: false; problem: ModelFileProblem | 'unreadable' };

export type TrainMethods = {
  train: { request: TrainRequest; progress: TrainProgress; result: TrainResult };
  estimate: { request: EstimateRequest; progress: never; result: TrainingEstimate };
  forecastSaved: { request: ForecastSavedRequest; progress: TrainProgress; result: ForecastSavedResult };
  stop: { request: StopRequest; progress: never; result: { stopped: boolean } };
  exportModel: { request: ExportModelRequest; progress: never; result: { fileName: string; text: string } };
  importModel: { request: ImportModelRequest; progress: never; result: ImportModelResult };
};
