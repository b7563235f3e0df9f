/**
 * A forecast pool worker: evaluates the series it is sent, posting each outcome as soon as it is
 * ready so results stream in; one failing series is reported and the batch goes on. It keeps the
 * run's error sketches and per-series test windows for the catalogue calibration at the run's end.
 */
import { evaluateTask, outcomeTransferables, uniqueArrayBuffers } from './forecast-evaluation';
import { seriesDetail } from './forecast-detail';
import { errorAsData, type ForecastRequest, type ForecastResponse } from './forecast-protocol';
import { createCollector, recalibrate } from './forecast-recalibration';
import { calibrateRun, createCatalogueErrors, mergeCatalogueErrors } from '../core/forecast/run-calibration';

/** The slice of the dedicated-worker global this file uses (the app's tsconfig has the DOM lib only). */
interface WorkerScope {
  postMessage(message: ForecastResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ForecastRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

function post(message: ForecastResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** A pool worker serves one run, so one collector lives as long as the worker. */
const collector = createCollector();

scope.onmessage = (event: MessageEvent<ForecastRequest>) => {
  const request = event.data;
  if (request.type === 'evaluate-batch') {
    for (const task of request.tasks) {
      try {
        const outcome = evaluateTask(task, request.settings, Date.now(), collector);
        post({ type: 'series-result', outcome }, outcomeTransferables(outcome));
      } catch (error) {
        post({ type: 'series-failed', index: task.index, error: errorAsData(error, 'series-failed') });
      }
    }
    post({ type: 'batch-done', batchId: request.batchId });
    return;
  }
  if (request.type === 'send-errors') {
    // A copy, not a transfer: the sketches and banks are a few MB once per run.
    post({ type: 'catalogue-errors', errors: collector.errors });
    return;
  }
  if (request.type === 'calibrate') {
    try {
      const merged = createCatalogueErrors();
      for (const errors of request.errors) mergeCatalogueErrors(merged, errors);
      post({ type: 'calibrated', calibration: calibrateRun(merged, request.horizon) });
    } catch (error) {
      post({ type: 'calibration-failed', error: errorAsData(error, 'calibration-failed') });
    }
    return;
  }
  if (request.type === 'recalibrate') {
    try {
      const update = recalibrate(collector, request.calibration);
      post(
        { type: 'recalibrated', update },
        uniqueArrayBuffers([update.indices.buffer, update.coverage.buffer]),
      );
    } catch (error) {
      post({ type: 'calibration-failed', error: errorAsData(error, 'calibration-failed') });
    }
    return;
  }
  try {
    const detail = seriesDetail(request.task, request.settings, request.models);
    post({ type: 'series-detail', requestId: request.requestId, detail });
  } catch (error) {
    post({ type: 'detail-failed', requestId: request.requestId, error: errorAsData(error, 'detail-failed') });
  }
};
