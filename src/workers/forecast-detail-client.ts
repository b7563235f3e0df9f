/**
 * Asks a worker of its own for the chart's detail of one series, so the pool (or a finished run)
 * is not disturbed. A newer request makes the older one stop: its worker is terminated.
 */
import { buildSeriesInput } from '../core/forecast/series-input';
import type { Dataset } from '../core/dataset/types';
import type { ModelId } from '../core/forecast/types';
import { taskTransferables } from './forecast-evaluation';
import { createForecastWorker } from './forecast-pool';
import type { ForecastRequest, ForecastResponse, RunSettings, SeriesDetail } from './forecast-protocol';

export interface DetailRequestHandle {
  result: Promise<SeriesDetail>;
  cancel(): void;
}

let requestCounter = 0;

export function requestSeriesDetail(
  dataset: Dataset,
  index: number,
  settings: RunSettings,
  models: ModelId[],
): DetailRequestHandle {
  const worker = createForecastWorker();
  const requestId = ++requestCounter;
  let rejectResult: (reason: Error) => void = () => undefined;
  const result = new Promise<SeriesDetail>((resolve, reject) => {
    rejectResult = reject;
    worker.addEventListener('message', (event: MessageEvent<ForecastResponse>) => {
      const message = event.data;
      if (message.type === 'series-detail' && message.requestId === requestId) resolve(message.detail);
      else if (message.type === 'detail-failed' && message.requestId === requestId)
        reject(new Error(message.error.message));
      worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`The chart's worker stopped: ${event.message || 'unknown error'}`));
      worker.terminate();
    });
    try {
      const task = { index, input: buildSeriesInput(dataset, index, settings.horizon) };
      const request: ForecastRequest = { type: 'series-detail', requestId, settings, task, models };
      worker.postMessage(request, taskTransferables(task));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      worker.terminate();
    }
  });
  return {
    result,
    cancel: () => {
      worker.terminate();
      rejectResult(new Error('cancelled'));
    },
  };
}
