/**
 * Asks a worker of its own for the chart's detail of one series, so the pool (or a finished run)
 * is not disturbed. A newer request makes the older one stop: its worker is terminated, and its
 * result rejects as cancelled (see isCancelled).
 */
import { buildSeriesInput } from '../core/forecast/series-input';
import type { Dataset } from '../core/dataset/types';
import type { ModelId } from '../core/forecast/types';
import { taskTransferables } from './forecast-evaluation';
import { createForecastWorker } from './forecast-pool';
import type { ForecastMethods, PrecomputedForecasts, RunSettings, SeriesDetail } from './forecast-protocol';
import { RpcClient } from './rpc';

export interface DetailRequestHandle {
  result: Promise<SeriesDetail>;
  cancel(): void;
}

export function requestSeriesDetail(
  dataset: Dataset,
  index: number,
  settings: RunSettings,
  models: ModelId[],
  precomputed?: PrecomputedForecasts,
): DetailRequestHandle {
  const rpc = new RpcClient<ForecastMethods>(
    createForecastWorker(),
    (detail) => `The chart's worker stopped: ${detail}`,
  );
  const ask = async (): Promise<SeriesDetail> => {
    const task = {
      index,
      input: buildSeriesInput(dataset, index, settings.horizon),
      ...(precomputed !== undefined ? { precomputed } : {}),
    };
    const call = rpc.call(
      { type: 'series-detail', settings, task, models },
      { transfer: taskTransferables(task) },
    );
    return call.result;
  };
  return { result: ask().finally(() => rpc.terminate()), cancel: () => rpc.terminate() };
}
