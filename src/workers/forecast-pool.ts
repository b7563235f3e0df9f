/**
 * Main-thread side of a forecast run: a pool of module workers fed with batches of series over
 * the worker RPC. Each series is cut out of the Dataset only when a worker is ready for it (its
 * buffers transferred), so the main thread never does a long piece of work. Results stream back
 * per series as progress of their batch; `cancel` terminates the workers at once (a batch does not
 * yield, so it could not see a cancel token). A run that includes the pooled regression first fits
 * it on the same workers (forecast-pooled.ts). When every series is in, one worker merges all
 * workers' validation errors into the run's calibration, and each worker re-scores its own series
 * under it.
 */
import type { RunCalibration } from '../core/forecast/run-calibration';
import { buildSeriesInput } from '../core/forecast/series-input';
import type { Dataset } from '../core/dataset/types';
import type { PooledFit } from '../core/forecast/pooled/pooled-fit';
import { taskTransferables } from './forecast-evaluation';
import { fitPooledInPool, runsPooled } from './forecast-pooled';
import {
  errorAsData,
  type ForecastMethods,
  type PrecomputedForecasts,
  type RecalibrationUpdate,
  type RunSettings,
  type SeriesOutcome,
  type SeriesProgress,
  type SeriesTask,
  type WorkerError,
} from './forecast-protocol';
import { RpcClient, RpcError, errorEnvelope } from './rpc';
import { RPC_ERROR } from './rpc-protocol';

export interface ForecastRunEvents {
  /**
   * The pooled regression was fitted (runs that include it, before any series is evaluated): the
   * run's settings now carry it, so they say what the run was made with.
   */
  onPooledFit?(pooled: PooledFit): void;
  onResult(outcome: SeriesOutcome): void;
  onSeriesFailed(index: number, error: WorkerError): void;
  /**
   * Every series is in: the run's calibration and, per worker, its series' test coverage under it.
   * Comes before onFinished (once a returned promise settles), and not at all when calibrating failed.
   */
  onCalibrated(calibration: RunCalibration, updates: RecalibrationUpdate[]): void | Promise<void>;
  onFinished(): void;
  /** The run itself broke (a worker crashed); results so far stay. */
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

export type ForecastClient = RpcClient<ForecastMethods>;

/**
 * `precomputed` (when a global network was trained for the run) holds each series' forecasts from
 * it, sent with the series' task and copied, not transferred: the run keeps them.
 */
export function startForecastRun(
  dataset: Dataset,
  settings: RunSettings,
  events: ForecastRunEvents,
  precomputed: readonly PrecomputedForecasts[] | null = null,
): ForecastRunHandle {
  const size = Math.min(poolSize(navigator.hardwareConcurrency), Math.max(1, dataset.seriesIds.length));
  const connect = (): ForecastClient =>
    // The page words the stop ('progress.error'); the detail is the browser's own message.
    new RpcClient(createForecastWorker(), (detail) => detail);
  return runForecastPool(
    dataset,
    settings,
    events,
    [connect(), ...Array.from({ length: size - 1 }, connect)],
    precomputed,
  );
}

/** The run itself, on workers already started: batches while series are left, then the calibration round. */
export function runForecastPool(
  dataset: Dataset,
  runSettings: RunSettings,
  events: ForecastRunEvents,
  pool: [ForecastClient, ...ForecastClient[]],
  precomputed: readonly PrecomputedForecasts[] | null = null,
): ForecastRunHandle {
  let settings = runSettings;
  const seriesCount = dataset.seriesIds.length;
  const perBatch = batchSize(seriesCount, pool.length);
  let next = 0;
  let busy = 0;
  let ended = false;
  let calibrating = false;

  const end = (): void => {
    ended = true;
    for (const client of pool) client.terminate();
  };
  const finish = (): void => {
    if (ended) return;
    end();
    events.onFinished();
  };
  /** The run itself broke (a worker crashed): results so far stay. */
  const fail = (error: unknown): void => {
    if (ended) return;
    end();
    events.onFailed(errorEnvelope(error));
  };

  const buildTasks = (): SeriesTask[] => {
    const tasks: SeriesTask[] = [];
    while (tasks.length < perBatch && next < seriesCount) {
      const index = next++;
      try {
        const forecasts = precomputed?.[index];
        tasks.push({
          index,
          input: buildSeriesInput(dataset, index, settings.horizon),
          ...(forecasts !== undefined ? { precomputed: forecasts } : {}),
        });
      } catch (error) {
        events.onSeriesFailed(index, errorAsData(error, 'series-input'));
      }
    }
    return tasks;
  };

  const report = (progress: SeriesProgress): void => {
    if (ended) return;
    switch (progress.type) {
      case 'series-result':
        events.onResult(progress.outcome);
        return;
      case 'series-failed':
        events.onSeriesFailed(progress.index, progress.error);
        return;
      default: {
        const unknown: never = progress;
        fail(
          new RpcError({ code: RPC_ERROR.unknownRequest, message: `Unknown progress ${String(unknown)}.` }),
        );
      }
    }
  };

  /** The calibration round at the end: errors in, calibration out, updates back. */
  const calibrate = async (): Promise<void> => {
    try {
      const errors = await Promise.all(pool.map((client) => client.call({ type: 'send-errors' }).result));
      const calibration = await pool[0].call({ type: 'calibrate', errors, horizon: settings.horizon }).result;
      if (Object.keys(calibration.models).length === 0) return finish();
      const updates = await Promise.all(
        pool.map(
          (client) =>
            client.call({
              type: 'recalibrate',
              calibration,
              settings: { model: settings.model, models: settings.models },
            }).result,
        ),
      );
      if (ended) return;
      await events.onCalibrated(calibration, updates);
      if (ended) return;
      finish();
    } catch (error) {
      // A crash fails the run; a calibration that could not be made only leaves the run without one.
      if (error instanceof RpcError && error.code === RPC_ERROR.workerCrashed) fail(error);
      else finish();
    }
  };

  const feed = (client: ForecastClient): void => {
    if (ended) return;
    const tasks = buildTasks();
    if (tasks.length === 0) {
      if (busy === 0 && !calibrating) {
        calibrating = true;
        void calibrate();
      }
      return;
    }
    busy++;
    const batch = client.call(
      { type: 'evaluate-batch', settings, tasks },
      { transfer: tasks.flatMap(taskTransferables), onProgress: report },
    );
    batch.result.then(() => {
      busy--;
      feed(client);
    }, fail);
  };

  const evaluateAll = (): void => {
    for (const client of pool) feed(client);
  };
  if (runsPooled(settings) && settings.pooled === undefined) {
    fitPooledInPool(dataset, settings.seed, pool).then(
      (pooled) => {
        if (ended) return;
        if (pooled !== null) {
          settings = { ...settings, pooled };
          events.onPooledFit?.(pooled);
        }
        evaluateAll();
      },
      (error: unknown) => {
        // A crash fails the run; a fit that could not be made leaves the run without the model.
        if (error instanceof RpcError && error.code === RPC_ERROR.workerCrashed) fail(error);
        else if (!ended) evaluateAll();
      },
    );
  } else {
    evaluateAll();
  }
  return { cancel: end };
}
