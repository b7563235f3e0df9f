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
import type { ModelFitProblem, SavedModelMeta } from '../core/neural/saved-model';
import type { NeuralArchitecture, NeuralSettings } from '../core/neural/settings';
import type { StopReason } from '../core/neural/train';

/** The tfjs backends the app can train on, in the order it prefers them. */
export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
/** 'auto' lets the worker choose (train-backend.ts); a name forces that backend. */
export type BackendChoice = 'auto' | BackendName;

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

export type TrainProgress =
  | { type: 'backend'; backend: BackendName; reason: string }
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
  reason: string;
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

/** A saved model as the "Saved models" panel lists it. */
export interface SavedModelInfo extends SavedModelMeta {
  id: string;
  architecture: NeuralArchitecture;
  horizon: number;
  seriesCount: number;
  fingerprint: string;
  /** Trained on exactly the data loaded now (null: no data loaded to compare with). */
  matchesData: boolean | null;
  /** Why it cannot forecast the data loaded now (null: it can, or no data is loaded). */
  fitProblem: ModelFitProblem | null;
}

export interface ForecastSavedResult {
  backend: BackendName;
  reason: string;
  model: SavedModelInfo;
  forecasts: OriginForecasts[];
}

/** Stops a training run after its current step and keeps what it learned (unlike an RPC cancel). */
export interface StopRequest {
  type: 'stop';
}

export interface ListModelsRequest {
  type: 'listModels';
  /** The data loaded now, to say which models were trained on it (null: none loaded). */
  dataset: Dataset | null;
}

export interface DeleteModelRequest {
  type: 'deleteModel';
  id: string;
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
  forecastSaved: { request: ForecastSavedRequest; progress: TrainProgress; result: ForecastSavedResult };
  stop: { request: StopRequest; progress: never; result: { stopped: boolean } };
  listModels: { request: ListModelsRequest; progress: never; result: SavedModelInfo[] };
  deleteModel: { request: DeleteModelRequest; progress: never; result: { deleted: boolean } };
  exportModel: { request: ExportModelRequest; progress: never; result: { fileName: string; text: string } };
  importModel: { request: ImportModelRequest; progress: never; result: ImportModelResult };
};
