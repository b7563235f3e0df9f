/**
 * The training worker: chooses a tfjs backend (train-backend.ts), trains one global network on all
 * series (evaluation on the train parts, then retraining on all history: global-forecasts.ts) and
 * answers with each series' forecasts at every origin of its evaluation plan, for the forecast pool
 * to score. Progress streams per step. `stop` ends training after the current step and keeps what
 * was learned (best weights); an RPC cancel discards the run. It also keeps the saved models
 * (train-models.ts): every trained network is saved, and can be reused, exported and imported (the
 * page lists and deletes them without this worker). `estimate` times a few steps of a network on
 * the backend a training would choose, for the page to say how long it would take.
 */
import {
  disposeNeuralModel,
  forecastPlanOrigins,
  neuralModelFromArtifacts,
  seriesPlans,
  survivingLoss,
  timeTrainingStep,
  trainGlobalModel,
  type GlobalTrainingInput,
  type GlobalTrainingOutcome,
  type TrainingPhase,
} from '../core/neural';
import type { CancelToken } from '../core/forecast/types';
import { errorAsData } from './forecast-protocol';
import { serveRpc, withTransfer, type RpcContext, type RpcWorkerScope } from './rpc-worker';
import { messageOf } from './train-errors';
import { chooseBackend, deviceLoss, failoverBackend, GPU_BACKENDS } from './train-backend';
import { seriesOf } from '../core/neural/saved-model-info';
import { exportSavedModel, importModelFile, readSavedModel, saveTrainedModel } from './train-models';
import {
  BACKENDS,
  type BackendName,
  type BackendReason,
  type TrainMethods,
  type TrainProgress,
  type TrainRequest,
  type TrainResult,
} from './train-protocol';

/** The running training's stop flag (one training per worker). */
let stopFlag: { cancelled: boolean } | null = null;

const bufferOf = (forecasts: { origins: Int32Array; values: Float64Array }[] | null): ArrayBuffer[] =>
  (forecasts ?? []).flatMap((f) => [f.origins.buffer, f.values.buffer] as ArrayBuffer[]);

/** The training's failover (GlobalTrainOptions), also used to forecast with a saved network. */
interface WorkerFailover {
  lost(): Promise<never>;
  moveOn(error: unknown, phase: TrainingPhase | 'forecasting', step: number): Promise<boolean>;
}

/**
 * Moves a training whose GPU backend failed (or whose device was lost) to the next backend that
 * starts, telling the page; the training goes on from its last finished step. Given only on a GPU
 * backend (see Failover in core/neural/failover.ts).
 */
function failoverOn(
  active: { backend: BackendName; reason: BackendReason },
  context: RpcContext<TrainProgress>,
): WorkerFailover | undefined {
  if (!GPU_BACKENDS.includes(active.backend)) return undefined;
  let lost = deviceLoss(active.backend);
  return {
    lost: () => lost,
    async moveOn(error, phase, step) {
      const from = active.backend;
      const next = await failoverBackend(from, BACKENDS);
      if (next === null) return false;
      active.backend = next;
      active.reason = { code: 'failed-over', from, phase, step, detail: messageOf(error) };
      lost = deviceLoss(next);
      context.progress({ type: 'backend', backend: next, reason: active.reason });
      return true;
    },
  };
}

/** Stops on either a stop request (keep) or the RPC cancel (discard). */
function stopToken(context: RpcContext<TrainProgress>): CancelToken {
  const stop = { cancelled: false };
  stopFlag = stop;
  return {
    get cancelled() {
      return stop.cancelled || context.cancel.cancelled;
    },
  };
}

async function saveOutcome(
  outcome: GlobalTrainingOutcome,
  request: TrainRequest,
  backend: string,
): Promise<Pick<TrainResult, 'saved' | 'saveError'>> {
  if (outcome.model === null) return { saved: null, saveError: null };
  const trained = outcome.retraining ?? outcome.evaluation;
  try {
    const saved = await saveTrainedModel(
      outcome.model,
      {
        name: request.modelName,
        savedAt: new Date().toISOString(),
        stepsRun: trained.stepsRun,
        bestValidationLoss: outcome.evaluation.bestValidationLoss,
        backend,
        trainedOn: outcome.futureFrom === 'retrained' ? 'all-history' : 'train-part',
      },
      request.dataset,
    );
    return { saved, saveError: null };
  } catch (error) {
    return { saved: null, saveError: error instanceof Error ? error.message : String(error) };
  }
}

serveRpc<TrainMethods>(
  self as unknown as RpcWorkerScope,
  {
    async train(request, context) {
      // Cut out as the forecast pool does, so the network sees exactly the inputs the pool evaluates.
      const { dataset, horizon } = request;
      // Taken first, so a stop during the backend trial is not lost.
      const cancel = stopToken(context);
      const warm = request.warmStart ? await readSavedModel(request.warmStart, dataset) : null;
      const input: GlobalTrainingInput = {
        series: seriesOf(dataset, warm ? warm.info.horizon : horizon),
        horizon: warm ? warm.info.horizon : horizon,
        split: request.split,
        // A warm start keeps the saved network's shape; only the number of steps is the request's.
        settings: warm ? { ...warm.settings, steps: request.settings.steps } : request.settings,
      };
      const chosen = await chooseBackend(request.backend, BACKENDS, () => timeTrainingStep(input));
      context.progress({ type: 'backend', backend: chosen.backend, reason: chosen.reason });
      // Where training runs now: a failover moves it, and the result and the saved model say so.
      const active: { backend: BackendName; reason: BackendReason } = {
        backend: chosen.backend,
        reason: chosen.reason,
      };
      const failover = failoverOn(active, context);
      // Steps/s count from the phase's start, or from the first step on a backend training moved to.
      let rate = { phase: 'evaluation', backend: active.backend, step: 0, time: performance.now() };
      let stepsPerSecond = 0;
      const outcome = await trainGlobalModel(input, {
        cancel,
        ...(failover ? { failover } : {}),
        ...(warm ? { warmStart: () => neuralModelFromArtifacts(warm.artifacts) } : {}),
        onProgress: (phase, progress) => {
          const now = performance.now();
          if (phase !== rate.phase || active.backend !== rate.backend) {
            rate = { phase, backend: active.backend, step: progress.step, time: now };
          } else {
            stepsPerSecond = ((progress.step - rate.step) * 1000) / Math.max(1, now - rate.time);
          }
          context.progress({
            type: 'step',
            phase,
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
      stopFlag = null;
      const savedFacts = context.cancel.cancelled
        ? { saved: null, saveError: null }
        : await saveOutcome(outcome, request, active.backend);
      if (outcome.model) disposeNeuralModel(outcome.model);
      const { evaluation, forecasts } = outcome;
      return withTransfer<TrainResult>(
        {
          backend: active.backend,
          reason: active.reason,
          stoppedBy: evaluation.stoppedBy,
          stepsRun: evaluation.stepsRun,
          bestStep: evaluation.bestStep,
          bestValidationLoss: evaluation.bestValidationLoss,
          retrainSteps: outcome.retraining?.stepsRun ?? null,
          futureFrom: outcome.futureFrom,
          forecasts,
          importance: outcome.importance,
          ...savedFacts,
        },
        bufferOf(forecasts),
      );
    },

    async forecastSaved(request, context) {
      const { info, artifacts, settings } = await readSavedModel(request.id, request.dataset);
      const series = seriesOf(request.dataset, info.horizon);
      const input: GlobalTrainingInput = { series, horizon: info.horizon, split: request.split, settings };
      const active = await chooseBackend(request.backend, BACKENDS, () => timeTrainingStep(input));
      context.progress({ type: 'backend', backend: active.backend, reason: active.reason });
      const failover = failoverOn(active, context);
      const model = neuralModelFromArtifacts(artifacts);
      try {
        const forecasts = await survivingLoss(
          failover && { lost: failover.lost, moveOn: (error) => failover.moveOn(error, 'forecasting', 0) },
          model.network.parameters,
          0,
          () => forecastPlanOrigins(model, series, seriesPlans(input)),
        );
        const { backend, reason } = active;
        return withTransfer({ backend, reason, model: info, forecasts }, bufferOf(forecasts));
      } finally {
        disposeNeuralModel(model);
      }
    },

    async estimate(request) {
      const input: GlobalTrainingInput = {
        series: seriesOf(request.dataset, request.horizon),
        horizon: request.horizon,
        split: request.split,
        settings: request.settings,
      };
      const { backend, msPerStep } = await chooseBackend(request.backend, BACKENDS, () =>
        timeTrainingStep(input),
      );
      const plannedSteps = 2 * request.settings.steps;
      return { backend, msPerStep, plannedSteps, seconds: (msPerStep * plannedSteps) / 1000 };
    },

    stop() {
      const running = stopFlag;
      if (running) running.cancelled = true;
      return Promise.resolve({ stopped: running !== null });
    },

    async exportModel(request) {
      return exportSavedModel(request.id);
    },

    async importModel(request) {
      return importModelFile(request.text, request.dataset);
    },
  },
  (error) => errorAsData(error, 'training-failed'),
);
