/**
 * Main-thread side of a training run: cuts every series out of the Dataset (as the forecast pool
 * does, so the network sees exactly the inputs the pool will evaluate), starts a training worker
 * and calls it over the RPC. The worker is ended once the call settles, freeing its GPU state.
 */
import type { Dataset } from '../core/dataset/types';
import { buildSeriesInput } from '../core/forecast/series-input';
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
  const series = dataset.seriesIds.map((_, index) => buildSeriesInput(dataset, index, options.horizon));
  const call = rpc.call({ type: 'train', series, ...options }, { onProgress });
  return { result: call.result.finally(() => rpc.terminate()), cancel: call.cancel };
}
