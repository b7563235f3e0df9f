/**
 * Starts and cancels forecast runs: hands the loaded Dataset to the worker pool and writes what
 * streams back into the store, re-rendering a few times a second at most, so 30,000 results do
 * not mean 30,000 renders. A neural model is first trained in the training worker; its forecasts
 * then go to the pool with the series, which scores it like any other model.
 */
import { useAppStore } from '../../app/store';
import type { Dataset } from '../../core/dataset/types';
import { isNetworkModelId, type NetworkModelId } from '../../core/forecast/model-registry';
import type { PrecomputedForecasts, RunSettings } from '../../workers/forecast-protocol';
import { startForecastRun } from '../../workers/forecast-pool';
import { isCancelled } from '../../workers/rpc';
import { startNeuralTraining } from '../../workers/train-client';
import type { TrainProgress } from '../../workers/train-protocol';
import {
  addFailure,
  addOutcome,
  applyRecalibration,
  createResults,
  type ForecastResults,
} from './forecast-results';
import type { NeuralTraining } from './forecast-slice';
import { fingerprintOf, runSettingsOf } from './forecast-settings';
import { neuralSettingsOf } from './neural-settings';

/** Re-render pace: aggregating 30,000 series takes tens of ms, so big runs refresh less often. */
function refreshInterval(seriesCount: number): number {
  return Math.min(2000, Math.max(250, seriesCount / 20));
}

let active: { cancel(): void } | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

function bumpVersion(): void {
  const run = useAppStore.getState().forecast.run;
  if (run !== null) useAppStore.getState().updateForecastRun({ version: run.version + 1 });
}

function scheduleRefresh(seriesCount: number): void {
  if (refreshTimer !== undefined) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = undefined;
    bumpVersion();
  }, refreshInterval(seriesCount));
}

function finish(patch: { status: 'done' | 'cancelled' | 'failed'; error?: string }): void {
  active = null;
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  const run = useAppStore.getState().forecast.run;
  if (run === null) return;
  useAppStore.getState().updateForecastRun({
    status: patch.status,
    endedAt: Date.now(),
    error: patch.error ?? null,
    version: run.version + 1,
  });
}

function startPool(
  dataset: Dataset,
  settings: RunSettings,
  results: ForecastResults,
  precomputed: PrecomputedForecasts[] | null,
): { cancel(): void } {
  return startForecastRun(
    dataset,
    settings,
    {
      // The chart's detail requests read the run's settings: they must carry the run's pooled fit.
      onPooledFit: (pooled) => {
        const run = useAppStore.getState().forecast.run;
        if (run !== null) useAppStore.getState().updateForecastRun({ settings: { ...run.settings, pooled } });
      },
      onResult: (outcome) => {
        addOutcome(results, outcome);
        scheduleRefresh(results.seriesCount);
      },
      onSeriesFailed: (index, error) => {
        addFailure(results, index, error.message);
        scheduleRefresh(results.seriesCount);
      },
      onCalibrated: (calibration, updates) => {
        for (const update of updates) applyRecalibration(results, update);
        useAppStore.getState().updateForecastRun({ calibration });
      },
      onFinished: () => finish({ status: 'done' }),
      onFailed: (error) => finish({ status: 'failed', error: error.message }),
    },
    precomputed,
  );
}

/** Writes one progress message of the training into the run's (mutable) training state. */
function recordProgress(neural: NeuralTraining, progress: TrainProgress): void {
  if (progress.type === 'backend') {
    neural.backend = progress.backend;
    neural.reason = progress.reason;
    bumpVersion();
    return;
  }
  neural.history.push({
    step: progress.step,
    trainLoss: progress.trainLoss,
    ...(progress.validationLoss !== undefined ? { validationLoss: progress.validationLoss } : {}),
  });
  neural.totalSteps = progress.totalSteps;
  neural.stepsPerSecond = progress.stepsPerSecond;
  neural.samplesPerSecond = progress.samplesPerSecond;
  neural.etaSeconds = progress.etaSeconds;
  scheduleRefresh(0);
}

/** Trains the network, then runs the pool with its forecasts; cancel stops whichever is running. */
function trainThenForecast(
  dataset: Dataset,
  settings: RunSettings,
  model: NetworkModelId,
  results: ForecastResults,
  neural: NeuralTraining,
): { cancel(): void } {
  const { forecast } = useAppStore.getState();
  const training = startNeuralTraining(
    dataset,
    {
      horizon: settings.horizon,
      split: settings.split,
      settings: neuralSettingsOf(model, dataset.frequency, forecast.settings.neural),
      backend: forecast.settings.backend,
    },
    (progress) => recordProgress(neural, progress),
  );
  let pool: { cancel(): void } | null = null;
  let cancelled = false;
  training.result.then(
    (result) => {
      if (cancelled) return;
      Object.assign(neural, {
        phase: 'trained',
        backend: result.backend,
        reason: result.reason,
        stoppedBy: result.stoppedBy,
        bestStep: result.bestStep,
      });
      const precomputed = result.forecasts.map((forecasts) => ({ [model]: forecasts }));
      useAppStore.getState().updateForecastRun({ precomputed });
      pool = startPool(dataset, settings, results, precomputed);
    },
    (error: Error) => {
      if (!cancelled && !isCancelled(error)) finish({ status: 'failed', error: error.message });
    },
  );
  return {
    cancel: () => {
      cancelled = true;
      training.cancel();
      pool?.cancel();
    },
  };
}

export function startTraining(): void {
  const state = useAppStore.getState();
  const dataset = state.data.loaded?.dataset;
  if (dataset === undefined || active !== null) return;
  const startedAt = Date.now();
  const settings = runSettingsOf(state.forecast.settings, dataset.frequency, startedAt);
  const results = createResults(dataset.seriesIds.length);
  const model = settings.model;
  const neural: NeuralTraining | null = isNetworkModelId(model)
    ? {
        phase: 'training',
        backend: null,
        reason: '',
        history: [],
        totalSteps: 0,
        stepsPerSecond: 0,
        samplesPerSecond: 0,
        etaSeconds: NaN,
        stoppedBy: null,
        bestStep: null,
      }
    : null;
  state.updateForecast({
    run: {
      status: 'running',
      settings,
      dataset,
      results,
      startedAt,
      endedAt: null,
      error: null,
      calibration: null,
      neural,
      precomputed: null,
      version: 0,
      fingerprint: fingerprintOf(dataset, state.forecast.settings),
    },
  });
  active =
    neural !== null && isNetworkModelId(model)
      ? trainThenForecast(dataset, settings, model, results, neural)
      : startPool(dataset, settings, results, null);
}

export function cancelTraining(): void {
  if (active === null) return;
  active.cancel();
  finish({ status: 'cancelled' });
}

export function isTraining(): boolean {
  return active !== null;
}
