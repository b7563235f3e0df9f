/**
 * The training worker: chooses a tfjs backend (train-backend.ts), trains one global network on all
 * series and answers with each series' forecasts at every origin of its evaluation plan, for the
 * forecast pool to score. Progress streams per step; cancel stops between steps (best weights kept
 * by the core) and the worker answers `cancelled`.
 */
import { buildSeriesInput } from '../core/forecast/series-input';
import { disposeNeuralModel, timeTrainingStep, trainGlobalModel } from '../core/neural';
import { errorAsData } from './forecast-protocol';
import { serveRpc, withTransfer, type RpcWorkerScope } from './rpc-worker';
import { chooseBackend } from './train-backend';
import { BACKENDS, type TrainMethods } from './train-protocol';

serveRpc<TrainMethods>(
  self as unknown as RpcWorkerScope,
  {
    async train(request, context) {
      // Cut out as the forecast pool does, so the network sees exactly the inputs the pool evaluates.
      const { dataset, horizon } = request;
      const input = {
        series: dataset.seriesIds.map((_, index) => buildSeriesInput(dataset, index, horizon)),
        horizon,
        split: request.split,
        settings: request.settings,
      };
      const { backend, reason } = await chooseBackend(request.backend, BACKENDS, () =>
        timeTrainingStep(input),
      );
      context.progress({ type: 'backend', backend, reason });
      const started = performance.now();
      const outcome = await trainGlobalModel(input, {
        cancel: context.cancel,
        onProgress: (progress) => {
          const stepsPerSecond = (progress.step * 1000) / Math.max(1, performance.now() - started);
          context.progress({
            type: 'step',
            step: progress.step,
            totalSteps: progress.totalSteps,
            trainLoss: progress.trainLoss,
            ...(progress.validationLoss !== undefined ? { validationLoss: progress.validationLoss } : {}),
            samplesPerSecond: progress.samplesPerSecond,
            stepsPerSecond,
            etaSeconds: (progress.totalSteps - progress.step) / Math.max(stepsPerSecond, 1e-9),
          });
        },
      });
      disposeNeuralModel(outcome.model);
      const { result, forecasts } = outcome;
      return withTransfer(
        {
          backend,
          reason,
          stoppedBy: result.stoppedBy,
          stepsRun: result.stepsRun,
          bestStep: result.bestStep,
          bestValidationLoss: result.bestValidationLoss,
          forecasts,
        },
        forecasts.flatMap((f) => [f.origins.buffer, f.values.buffer] as ArrayBuffer[]),
      );
    },
  },
  (error) => errorAsData(error, 'training-failed'),
);
