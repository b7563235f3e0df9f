/**
 * Starts and cancels forecast runs: hands the loaded Dataset to the worker pool and writes what
 * streams back into the store, re-rendering a few times a second at most, so 30,000 results do
 * not mean 30,000 renders.
 */
import { useAppStore } from '../../app/store';
import { startForecastRun, type ForecastRunHandle } from '../../workers/forecast-pool';
import { addFailure, addOutcome, applyRecalibration, createResults } from './forecast-results';
import { runSettingsOf } from './forecast-settings';

/** Re-render pace: aggregating 30,000 series takes tens of ms, so big runs refresh less often. */
function refreshInterval(seriesCount: number): number {
  return Math.min(2000, Math.max(250, seriesCount / 20));
}

let active: ForecastRunHandle | null = null;
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

export function startTraining(): void {
  const state = useAppStore.getState();
  const dataset = state.data.loaded?.dataset;
  if (dataset === undefined || active !== null) return;
  const startedAt = Date.now();
  const settings = runSettingsOf(state.forecast.settings, dataset.frequency, startedAt);
  const results = createResults(dataset.seriesIds.length);
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
      version: 0,
    },
  });
  active = startForecastRun(dataset, settings, {
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
  });
}

export function cancelTraining(): void {
  if (active === null) return;
  active.cancel();
  finish({ status: 'cancelled' });
}

export function isTraining(): boolean {
  return active !== null;
}
