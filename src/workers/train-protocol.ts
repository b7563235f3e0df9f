/**
 * The training worker's methods (served over the worker RPC, rpc.ts): one global network trained on
 * all series, streaming its progress, answered with each series' forecasts at every origin of its
 * evaluation plan. Cancel is cooperative (the worker checks the token between steps), so a tfjs
 * backend's GPU state is released in order rather than lost with a terminated worker.
 */
import type { Dataset } from '../core/dataset/types';
import type { OriginForecasts } from '../core/forecast/precomputed-forecaster';
import type { SplitSettings } from '../core/forecast/split';
import type { NeuralSettings } from '../core/neural/settings';
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
}

export type TrainProgress =
  | { type: 'backend'; backend: BackendName; reason: string }
  | {
      type: 'step';
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
  /** Per series (request order): forecasts at every origin of its evaluation plan. */
  forecasts: OriginForecasts[];
}

export type TrainMethods = {
  train: { request: TrainRequest; progress: TrainProgress; result: TrainResult };
};
