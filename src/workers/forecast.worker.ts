/**
 * A forecast pool worker: evaluates the series it is sent, posting each outcome as soon as it is
 * ready so results stream in; one failing series is reported and the batch goes on.
 */
import { evaluateTask, outcomeTransferables } from './forecast-evaluation';
import { seriesDetail } from './forecast-detail';
import { errorAsData, type ForecastRequest, type ForecastResponse } from './forecast-protocol';

/** The slice of the dedicated-worker global this file uses (the app's tsconfig has the DOM lib only). */
interface WorkerScope {
  postMessage(message: ForecastResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ForecastRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

function post(message: ForecastResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<ForecastRequest>) => {
  const request = event.data;
  if (request.type === 'evaluate-batch') {
    for (const task of request.tasks) {
      try {
        const outcome = evaluateTask(task, request.settings, Date.now());
        post({ type: 'series-result', outcome }, outcomeTransferables(outcome));
      } catch (error) {
        post({ type: 'series-failed', index: task.index, error: errorAsData(error, 'series-failed') });
      }
    }
    post({ type: 'batch-done', batchId: request.batchId });
    return;
  }
  try {
    post({
      type: 'series-detail',
      requestId: request.requestId,
      detail: seriesDetail(request.task, request.settings, request.models),
    });
  } catch (error) {
    post({ type: 'detail-failed', requestId: request.requestId, error: errorAsData(error, 'detail-failed') });
  }
};
