/**
 * Main-thread side of a training run: starts a training worker and hands it the Dataset, which it
 * cuts into series itself (cutting 30,000 series here would be a long main-thread task). The worker
 * is ended once the call settles, freeing its GPU state.
 */
import type { Dataset } from '../core/dataset/types';
import type { SplitSettings } from '../core/forecast/split';
import type { NeuralSettings } from '../core/neural/settings';
import { RpcClient } from './rpc';
import type { BackendChoice, TrainMethods, TrainProgress, TrainResult } from './train-protocol';

export interface TrainingHandle {
  result: Promise<TrainResult>;
  /** Asks the worker to stop after its current step; `result` rejects as cancelled. */
  cancel(): void;
}

export function startNeuralTraining(
  dataset: Dataset,
  options: { horizon: number; split: SplitSettings; settings: NeuralSettings; backend: BackendChoice },
  onProgress: (progress: TrainProgress) => void,
): TrainingHandle {
  const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
  const rpc = new RpcClient<TrainMethods>(worker, (detail) => `The training worker stopped: ${detail}.`);
  const call = rpc.call({ type: 'train', dataset, ...options }, { onProgress });
  return { result: call.result.finally(() => rpc.terminate()), cancel: call.cancel };
}
