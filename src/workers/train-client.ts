/**
 * Main-thread side of the training worker: a training run (or a forecast with a saved model) in a
 * worker of its own, ended once the call settles to free its GPU state, a training-time estimate,
 * and one-off calls for the saved-model shelf. The worker cuts the series out of the Dataset itself (cutting 30,000 series
 * here would be a long main-thread task).
 */
import type { Dataset } from '../core/dataset/types';
import type { SplitSettings } from '../core/forecast/split';
import type { NeuralSettings } from '../core/neural/settings';
import { RpcClient } from './rpc';
import type {
  BackendChoice,
  ForecastSavedResult,
  ImportModelResult,
  TrainingEstimate,
  TrainMethods,
  TrainProgress,
  TrainResult,
} from './train-protocol';

function trainWorker(): RpcClient<TrainMethods> {
  const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
  return new RpcClient<TrainMethods>(worker, (detail) => `The training worker stopped: ${detail}.`);
}

export interface TrainingHandle<Result> {
  result: Promise<Result>;
  /** Stops after the current step and keeps what was learned: `result` resolves with it. */
  stop(): void;
  /** Discards the run: `result` rejects as cancelled. */
  cancel(): void;
}

export function startNeuralTraining(
  dataset: Dataset,
  options: {
    horizon: number;
    split: SplitSettings;
    settings: NeuralSettings;
    backend: BackendChoice;
    modelName: string;
    warmStart?: string;
  },
  onProgress: (progress: TrainProgress) => void,
): TrainingHandle<TrainResult> {
  const rpc = trainWorker();
  const call = rpc.call({ type: 'train', dataset, ...options }, { onProgress });
  return {
    result: call.result.finally(() => rpc.terminate()),
    stop: () => void rpc.call({ type: 'stop' }).result.catch(() => undefined),
    cancel: call.cancel,
  };
}

export function startSavedForecast(
  dataset: Dataset,
  options: { split: SplitSettings; backend: BackendChoice; id: string },
  onProgress: (progress: TrainProgress) => void,
): TrainingHandle<ForecastSavedResult> {
  const rpc = trainWorker();
  const call = rpc.call({ type: 'forecastSaved', dataset, ...options }, { onProgress });
  return { result: call.result.finally(() => rpc.terminate()), stop: call.cancel, cancel: call.cancel };
}

/** One call on a short-lived worker. */
async function once<T>(ask: (rpc: RpcClient<TrainMethods>) => Promise<T>): Promise<T> {
  const rpc = trainWorker();
  try {
    return await ask(rpc);
  } finally {
    rpc.terminate();
  }
}

/**
 * Times a few training steps of the network on the backend a training would choose (the worker
 * ends with the call). `cancel` ends the worker at once: an estimate has nothing worth keeping.
 */
export function estimateTraining(
  dataset: Dataset,
  options: { horizon: number; split: SplitSettings; settings: NeuralSettings; backend: BackendChoice },
): { result: Promise<TrainingEstimate>; cancel(): void } {
  const rpc = trainWorker();
  const call = rpc.call({ type: 'estimate', dataset, ...options });
  return { result: call.result.finally(() => rpc.terminate()), cancel: () => rpc.terminate() };
}

/** The saved-model actions that need tfjs (listing and deleting do not: storage/saved-networks.ts). */
export const savedModels = {
  exportFile: (id: string): Promise<{ fileName: string; text: string }> =>
    once((rpc) => rpc.call({ type: 'exportModel', id }).result),
  importFile: (text: string, dataset: Dataset | null): Promise<ImportModelResult> =>
    once((rpc) => rpc.call({ type: 'importModel', text, dataset }).result),
};
