/**
 * A forecast worker: evaluates the series it is sent, streaming each outcome as soon as it is
 * ready so results come in while the batch runs; one failing series is reported and the batch
 * goes on. It keeps the run's error sketches and per-series test windows for the catalogue
 * calibration at the run's end, and at its start the partial sums of the pooled regression
 * (forecast-pooled.ts).
 */
import { calibrateRun, createCatalogueErrors, mergeCatalogueErrors } from '../core/forecast/run-calibration';
import { evaluateTask, outcomeTransferables, uniqueArrayBuffers } from './forecast-evaluation';
import { errorAsData, runScoreLayout, type ForecastMethods } from './forecast-protocol';
import { addToSums, solveSums, type PooledSums } from './forecast-pooled';
import { createCollector, recalibrate } from './forecast-recalibration';
import { serveRpc, withTransfer, type RpcWorkerScope } from './rpc-worker';

/** A pool worker serves one run, so one collector lives as long as the worker. */
const collector = createCollector();
const pooledSums: PooledSums = { partial: null };

serveRpc<ForecastMethods>(
  self as unknown as RpcWorkerScope,
  {
    'evaluate-batch'(request, context) {
      for (const task of request.tasks) {
        try {
          const outcome = evaluateTask(task, request.settings, Date.now(), collector);
          context.progress({ type: 'series-result', outcome }, outcomeTransferables(outcome));
        } catch (error) {
          context.progress({
            type: 'series-failed',
            index: task.index,
            error: errorAsData(error, 'series-failed'),
          });
        }
      }
      return null;
    },
    'pooled-add': (request) => addToSums(pooledSums, request.setup, request.inputs),
    // A copy: a few MB once per run.
    'pooled-send': () => pooledSums.partial,
    'pooled-solve': (request) => solveSums(request.partials),
    // A copy, not a transfer: the sketches and banks are a few MB once per run.
    'send-errors': () => collector.errors,
    calibrate(request) {
      const merged = createCatalogueErrors();
      for (const errors of request.errors) mergeCatalogueErrors(merged, errors);
      return calibrateRun(merged, request.horizon);
    },
    recalibrate(request) {
      const update = recalibrate(collector, request.calibration, runScoreLayout(request.settings));
      return withTransfer(update, uniqueArrayBuffers([update.indices.buffer, update.coverage.buffer]));
    },
  },
  (error) => errorAsData(error, 'forecast-failed'),
);
