/**
 * Starts and cancels forecast runs: hands the loaded Dataset to the worker pool and writes what
 * streams back into the store, re-rendering a few times a second at most, so 30,000 results do
 * not mean 30,000 renders. A neural model is first trained in the training worker (or a saved one
 * is loaded there); its forecasts then go to the pool with the series, which scores it like any
 * other model: alone, or in Auto's pool when the user opted in (AUTO_NETWORK).
 */
import { useAppStore } from '../shared/store';
import type { Dataset } from '../../core/dataset/types';
import { runModels, type NetworkModelId } from '../../core/forecast/model-registry';
import { runScoreLayout, type PrecomputedForecasts, type RunSettings } from '../../workers/forecast-protocol';
import { startForecastRun } from '../../workers/forecast-pool';
import { isCancelled } from '../../workers/rpc';
import { startNeuralTraining, startSavedForecast } from '../../workers/train-client';
import type { SavedModelInfo, TrainProgress } from '../../workers/train-protocol';
import {
  coverageSlices,
  createRunResults,
  draftOf,
  seriesResultOf,
  type CoverageUpdate,
  type RunResultsDraft,
} from '../../core/forecast/run-results';
import type { RunCalibration } from '../../core/forecast/run-calibration';
import { inSlices } from '../shared/in-slices';
import type { ForecastRun, NeuralTraining } from './forecast-slice';
import { fingerprintOf, runSettingsOf } from './forecast-settings';
import { slotLabel } from './model-options';
import { globalModelOf, neuralSettingsOf, runNetworkOf } from './neural-settings';
import { trainingErrorText } from './neural-words';

/** Re-render pace: aggregating 30,000 series takes tens of ms, so big runs refresh less often. */
function refreshInterval(seriesCount: number): number {
  return Math.min(2000, Math.max(250, seriesCount / 20));
}

/**
 * The run in progress. `cancel` is the user's: 'stopped' when it ended at once, 'stopping' when a
 * training is finishing its step to keep what it learned (the run ends when it answers).
 */
interface ActiveRun {
  cancel(): 'stopped' | 'stopping';
}

let active: ActiveRun | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * The current run's results as series arrive (each counted in as it comes); each refresh publishes
 * an immutable version of them into the store.
 */
let draft: RunResultsDraft | null = null;

/** Publishes the run with its latest results (and any other change), so the page re-renders. */
function updateRun(patch: Partial<ForecastRun> = {}): void {
  const run = useAppStore.getState().forecast.run;
  if (run === null) return;
  const results = draft?.publish() ?? run.results;
  useAppStore.getState().updateForecastRun({ ...patch, results, version: run.version + 1 });
}

function bumpVersion(): void {
  updateRun();
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
  updateRun({ status: patch.status, endedAt: Date.now(), error: patch.error ?? null });
  draft = null;
}

/** Series whose calibrated coverage is counted in per task at the run's end. */
const COVERAGE_SLICE = 100;

/**
 * Counts the calibrated test coverage into the run a slice at a time, then publishes it with the
 * calibration. A run that was cancelled or replaced meanwhile stops there.
 */
async function addCalibration(
  results: RunResultsDraft,
  calibration: RunCalibration,
  pieces: CoverageUpdate[],
): Promise<void> {
  function* steps(): Generator<void, true, void> {
    for (const piece of pieces) {
      results.addCoverage(piece);
      yield;
    }
    return true;
  }
  const done = await inSlices(steps(), () => draft !== results);
  if (done !== null) updateRun({ calibration });
}

function startPool(
  dataset: Dataset,
  settings: RunSettings,
  results: RunResultsDraft,
  precomputed: PrecomputedForecasts[] | null,
  finalStatus: 'done' | 'cancelled' = 'done',
): ActiveRun {
  const seriesCount = dataset.seriesIds.length;
  const idAt = (index: number): string => dataset.seriesIds[index] as string;
  const run = startForecastRun(
    dataset,
    settings,
    {
      // The run's settings say what it was made with, the pooled fit included.
      onPooledFit: (pooled) => {
        const run = useAppStore.getState().forecast.run;
        if (run !== null) useAppStore.getState().updateForecastRun({ settings: { ...run.settings, pooled } });
      },
      onResult: (outcome) => {
        const { index, scores, ...facts } = outcome;
        results.add({ id: idAt(index), result: seriesResultOf(results.forms, facts, scores) });
        scheduleRefresh(seriesCount);
      },
      onSeriesFailed: (index, error) => {
        results.add({ id: idAt(index), failure: error.message });
        scheduleRefresh(seriesCount);
      },
      onCalibrated: (calibration, updates) =>
        addCalibration(
          results,
          calibration,
          coverageSlices(
            runScoreLayout(settings),
            updates.map(({ indices, coverage }) => ({ ids: Array.from(indices, idAt), coverage })),
            COVERAGE_SLICE,
          ),
        ),
      onFinished: () => finish({ status: finalStatus }),
      onFailed: (error) => finish({ status: 'failed', error: error.message }),
    },
    precomputed,
  );
  return {
    cancel: () => {
      run.cancel();
      return 'stopped';
    },
  };
}

/** Writes one progress message of the training into the run's (mutable) training state. */
function recordProgress(neural: NeuralTraining, progress: TrainProgress): void {
  if (progress.type === 'backend') {
    neural.backend = progress.backend;
    neural.reason = progress.reason;
    bumpVersion();
    return;
  }
  neural.stepsPerSecond = progress.stepsPerSecond;
  neural.samplesPerSecond = progress.samplesPerSecond;
  neural.etaSeconds = progress.etaSeconds;
  if (progress.phase === 'retraining') {
    neural.stage = 'retraining';
    neural.retraining = { step: progress.step, totalSteps: progress.totalSteps };
  } else {
    neural.history.push({
      step: progress.step,
      trainLoss: progress.trainLoss,
      ...(progress.validationLoss !== undefined ? { validationLoss: progress.validationLoss } : {}),
    });
    neural.totalSteps = progress.totalSteps;
  }
  scheduleRefresh(0);
}

function newNeuralTraining(source: NeuralTraining['source'], from: SavedModelInfo | null): NeuralTraining {
  return {
    phase: 'training',
    stage: 'evaluation',
    source,
    from,
    backend: null,
    reason: null,
    history: [],
    totalSteps: 0,
    retraining: null,
    stepsPerSecond: 0,
    samplesPerSecond: 0,
    etaSeconds: NaN,
    stoppedBy: null,
    bestStep: null,
    stopRequested: false,
    futureFrom: null,
    importance: [],
    saved: null,
    saveError: null,
    failure: null,
  };
}

/** The name a trained model is saved under: its method and when. */
function modelName(model: NetworkModelId, at: number): string {
  const stamp = new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString();
  return `${slotLabel(model)} ${stamp.slice(0, 10)} ${stamp.slice(11, 16)}`;
}

/**
 * Trains the network (fresh, or continuing a saved one), then runs the pool with its forecasts.
 * Cancel while training stops after the current step and keeps the best weights: their forecasts
 * are scored (once a validation check was reached) and the run ends as cancelled. Cancel while the
 * pool scores stops the pool. A failed training fails the run, except in Auto, which goes on with
 * its classical models.
 */
function trainThenForecast(
  dataset: Dataset,
  settings: RunSettings,
  model: NetworkModelId,
  results: RunResultsDraft,
  neural: NeuralTraining,
): ActiveRun {
  const { forecast } = useAppStore.getState();
  const training = startNeuralTraining(
    dataset,
    {
      horizon: settings.horizon,
      split: settings.split,
      settings: neuralSettingsOf(model, dataset.frequency, forecast.settings.neural),
      backend: forecast.settings.backend,
      modelName: modelName(model, Date.now()),
      ...(neural.from ? { warmStart: neural.from.id } : {}),
    },
    (progress) => recordProgress(neural, progress),
  );
  let pool: ActiveRun | null = null;
  training.result.then(
    (result) => {
      Object.assign(neural, {
        backend: result.backend,
        reason: result.reason,
        stoppedBy: result.stoppedBy,
        bestStep: result.bestStep,
        futureFrom: result.futureFrom,
        importance: result.importance,
        saved: result.saved,
        saveError: result.saveError,
      });
      if (result.forecasts === null) {
        finish({ status: 'cancelled' });
        return;
      }
      neural.phase = 'trained';
      const precomputed = result.forecasts.map((forecasts) => ({ [model]: forecasts }));
      pool = startPool(dataset, settings, results, precomputed, neural.stopRequested ? 'cancelled' : 'done');
    },
    (error: Error) => {
      if (isCancelled(error)) return;
      if (settings.model !== 'auto') {
        finish({ status: 'failed', error: trainingErrorText(error) });
        return;
      }
      // Auto was asked to try the network as well: it goes on without it, and the page says why.
      Object.assign(neural, { phase: 'trained', failure: trainingErrorText(error) });
      pool = startPool(dataset, settings, results, null);
    },
  );
  return {
    cancel: () => {
      if (pool !== null) return pool.cancel();
      if (!neural.stopRequested) {
        neural.stopRequested = true;
        training.stop();
        bumpVersion();
      }
      return 'stopping';
    },
  };
}

/** A saved network forecasts every origin as it is (no training), then the pool scores it. */
function savedThenForecast(
  dataset: Dataset,
  settings: RunSettings,
  model: NetworkModelId,
  results: RunResultsDraft,
  neural: NeuralTraining,
  id: string,
): ActiveRun {
  const backend = useAppStore.getState().forecast.settings.backend;
  const call = startSavedForecast(dataset, { split: settings.split, backend, id }, (progress) =>
    recordProgress(neural, progress),
  );
  let pool: ActiveRun | null = null;
  let discarded = false;
  call.result.then(
    (result) => {
      if (discarded) return;
      Object.assign(neural, {
        phase: 'trained',
        backend: result.backend,
        reason: result.reason,
        saved: result.model,
      });
      const precomputed = result.forecasts.map((forecasts) => ({ [model]: forecasts }));
      pool = startPool(dataset, settings, results, precomputed, 'done');
    },
    (error: Error) => {
      if (!discarded && !isCancelled(error)) finish({ status: 'failed', error: trainingErrorText(error) });
    },
  );
  return {
    cancel: () => {
      if (pool !== null) return pool.cancel();
      discarded = true;
      call.cancel();
      return 'stopped';
    },
  };
}

/** A saved network's run: its method (with seasonal naive, as any single model) and its horizon. */
function savedRunSettings(chosen: RunSettings, info: SavedModelInfo): RunSettings {
  const model = globalModelOf(info.architecture);
  return { ...chosen, model, models: runModels(model, model), horizon: info.horizon };
}

/** Starts a run on the loaded data; a saved network's run uses its method and horizon. */
function startRun(saved?: { info: SavedModelInfo; mode: 'forecast' | 'warm-start' }): void {
  const state = useAppStore.getState();
  const dataset = state.data.loaded?.dataset;
  if (dataset === undefined || active !== null) return;
  const startedAt = Date.now();
  const chosen = runSettingsOf(state.forecast.settings, dataset.frequency, startedAt);
  const settings: RunSettings = saved ? savedRunSettings(chosen, saved.info) : chosen;
  const results = createRunResults(dataset.seriesIds, runScoreLayout(settings));
  draft = draftOf(results);
  const network = runNetworkOf({ model: settings.model, autoNeural: state.forecast.settings.autoNeural });
  const source = saved === undefined ? 'trained' : saved.mode === 'forecast' ? 'saved' : 'warm-start';
  const neural = network !== null ? newNeuralTraining(source, saved?.info ?? null) : null;
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
      version: 0,
      fingerprint: fingerprintOf(dataset, state.forecast.settings),
    },
  });
  if (neural === null || network === null) active = startPool(dataset, settings, draft, null);
  else if (saved?.mode === 'forecast')
    active = savedThenForecast(dataset, settings, network, draft, neural, saved.info.id);
  else active = trainThenForecast(dataset, settings, network, draft, neural);
}

export function startTraining(): void {
  startRun();
}

/** Forecasts with a saved network as it is, or continues training it on the loaded data first. */
export function startWithSavedModel(info: SavedModelInfo, mode: 'forecast' | 'warm-start'): void {
  startRun({ info, mode });
}

export function cancelTraining(): void {
  if (active === null) return;
  if (active.cancel() === 'stopped') finish({ status: 'cancelled' });
}

export function isTraining(): boolean {
  return active !== null;
}
