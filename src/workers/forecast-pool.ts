/**
 * Main-thread side of a forecast run: a pool of module workers fed with batches of series. Each
 * series is cut out of the Dataset only when a worker is ready for it (its buffers transferred),
 * so the main thread never does a long piece of work. Results stream back per series; `cancel`
 * terminates the workers at once. When every series is in, one worker merges all workers'
 * validation errors into the run's calibration, and each worker re-scores its own series under it.
 */
import type { CatalogueErrors, RunCalibration } from '../core/forecast/run-calibration';
import { buildSeriesInput } from '../core/forecast/series-input';
import type { Dataset } from '../core/dataset/types';
import { taskTransferables } from './forecast-evaluation';
import {
  errorAsData,
  type ForecastRequest,
  type ForecastResponse,
  type RecalibrationUpdate,
  type RunSettings,
  type SeriesOutcome,
  type SeriesTask,
  type WorkerError,
} from './forecast-protocol';

export interface ForecastRunEvents {
  onResult(outcome: SeriesOutcome): void;
  onSeriesFailed(index: number, error: WorkerError): void;
  /**
   * Every series is in: the run's calibration and, per worker, its series' test coverage under it. Comes just before onFinished, and not at all when calibrating failed.
   */
  onCalibrated(calibration: RunCalibration, updates: RecalibrationUpdate[]): void;
  onFinished(): void;
  /** The run itself broke (a worker could not start or crashed); results so far stay. */
  onFailed(error: WorkerError): void;
}

export interface ForecastRunHandle {
  cancel(): void;
}

const MAX_POOL_SIZE = 4;
/** Series per batch at most: small enough that results stream, big enough to keep messages few. */
const MAX_BATCH = 25;

export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = hardwareConcurrency !== undefined && hardwareConcurrency > 0 ? hardwareConcurrency : 1;
  return Math.max(1, Math.min(MAX_POOL_SIZE, Math.floor(cores)));
}

/** About eight batches per worker, so a slow series does not leave other workers idle at the end. */
export function batchSize(seriesCount: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(seriesCount / (workers * 8))));
}

export function createForecastWorker(): Worker {
  return new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' });
}

export function startForecastRun(
  dataset: Dataset,
  settings: RunSettings,
  events: ForecastRunEvents,
): ForecastRunHandle {
  const seriesCount = dataset.seriesIds.length;
  const size = Math.min(poolSize(navigator.hardwareConcurrency), Math.max(1, seriesCount));
  const perBatch = batchSize(seriesCount, size);
  const workers: Worker[] = [];
  let next = 0;
  let busy = 0;
  let batchId = 0;
  let ended = false;

  const end = (): void => {
    ended = true;
    for (const worker of workers) worker.terminate();
  };

  const buildTasks = (): SeriesTask[] => {
    const tasks: SeriesTask[] = [];
    while (tasks.length < perBatch && next < seriesCount) {
      const index = next++;
      try {
        tasks.push({ index, input: buildSeriesInput(dataset, index, settings.horizon) });
      } catch (error) {
        events.onSeriesFailed(index, errorAsData(error, 'series-input'));
      }
    }
    return tasks;
  };

  /** The calibration round at the end: errors in, calibration out, updates back. */
  let collecting = false;
  let gathered: CatalogueErrors[] = [];
  let pendingCalibration: RunCalibration | null = null;
  const updates: RecalibrationUpdate[] = [];
  const finish = (): void => {
    end();
    events.onFinished();
  };
  const recalibrate = (calibration: RunCalibration): void => {
    if (Object.keys(calibration.models).length === 0) return finish();
    pendingCalibration = calibration;
    for (const worker of workers)
      worker.postMessage({ type: 'recalibrate', calibration } satisfies ForecastRequest);
  };

  const feed = (worker: Worker): void => {
    if (ended) return;
    const tasks = buildTasks();
    if (tasks.length === 0) {
      if (busy === 0 && !collecting) {
        collecting = true;
        for (const each of workers) each.postMessage({ type: 'send-errors' } satisfies ForecastRequest);
      }
      return;
    }
    busy++;
    const request: ForecastRequest = { type: 'evaluate-batch', batchId: batchId++, settings, tasks };
    worker.postMessage(request, tasks.flatMap(taskTransferables));
  };

  const receive = (worker: Worker, message: ForecastResponse): void => {
    if (ended) return;
    if (message.type === 'series-result') events.onResult(message.outcome);
    else if (message.type === 'series-failed') events.onSeriesFailed(message.index, message.error);
    else if (message.type === 'batch-done') {
      busy--;
      feed(worker);
    } else if (message.type === 'catalogue-errors') {
      gathered.push(message.errors);
      if (gathered.length === workers.length) {
        const request: ForecastRequest = { type: 'calibrate', errors: gathered, horizon: settings.horizon };
        gathered = [];
        workers[0]?.postMessage(request);
      }
    } else if (message.type === 'calibrated') {
      recalibrate(message.calibration);
    } else if (message.type === 'recalibrated') {
      updates.push(message.update);
      if (updates.length === workers.length && pendingCalibration !== null) {
        events.onCalibrated(pendingCalibration, updates);
        finish();
      }
    } else if (message.type === 'calibration-failed') finish();
  };

  for (let i = 0; i < size; i++) {
    const worker = createForecastWorker();
    worker.addEventListener('message', (event: MessageEvent<ForecastResponse>) =>
      receive(worker, event.data),
    );
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (ended) return;
      end();
      events.onFailed({
        code: 'worker-crashed',
        message: `A forecast worker stopped: ${event.message || 'unknown error'}.`,
      });
    });
    workers.push(worker);
  }
  for (const worker of workers) feed(worker);
  return { cancel: end };
}
