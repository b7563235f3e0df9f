/**
 * Starts and cancels inventory plans: hands the last finished forecast run (its dataset, stored
 * forecasts and calibration) and the form's settings to the inventory worker pool, and writes
 * progress and the plan into the store.
 */
import { useAppStore, type AppState } from '../shared/store';
import { errorEnvelope, isCancelled } from '../../workers/rpc';
import { startInventoryPlan, type InventoryPlanHandle } from '../../workers/inventory-pool';
import { readSettings } from './inventory-inputs';

/** Fixed, so the same data and inputs give the same plan. */
const PLAN_SEED = 20240;

/** Progress reaches the page at most this often: thousands of series must not mean thousands of renders. */
const PROGRESS_MS = 200;

let active: InventoryPlanHandle | null = null;

type ForecastRun = NonNullable<AppState['forecast']['run']>;

/** True for a run the step can plan from: one that finished, or was cancelled with what it had. */
export function isPlannable(run: ForecastRun | null): boolean {
  return run !== null && run.status !== 'running' && run.status !== 'failed';
}

export function startInventory(): void {
  const state = useAppStore.getState();
  const run = state.forecast.run;
  const reading = readSettings(state.inventory.inputs);
  if (run === null || !isPlannable(run) || !reading.ok || active !== null) return;
  const loaded = state.data.loaded;
  // The price column is the one mapped for the data the run was made on.
  const priceColumn = loaded !== null && loaded.dataset === run.dataset ? loaded.mapping.price : null;
  const priced = priceColumn !== null && run.dataset.covariates.some((c) => c.name === priceColumn);
  const total = run.dataset.seriesIds.length;
  state.updateInventory({ job: { status: 'running', done: 0, total, error: null }, result: null });
  const update = useAppStore.getState().updateInventory;
  const results = run.results.series;
  let shownAt = 0;
  const call = startInventoryPlan(
    {
      dataset: run.dataset,
      forecasts: run.dataset.seriesIds.map((id) => results.get(id)?.future ?? null),
      demandKinds: run.dataset.seriesIds.map((id) => results.get(id)?.demand ?? null),
      calibration: run.calibration,
      priceColumn: priced ? priceColumn : null,
      overrides: reading.overrides,
    },
    reading.settings,
    PLAN_SEED,
    (done) => {
      const now = Date.now();
      if (now - shownAt < PROGRESS_MS && done < total) return;
      shownAt = now;
      update({ job: { status: 'running', done, total, error: null } });
    },
    reading.classTargets,
  );
  active = call;
  call.result.then(
    (plan) => {
      active = null;
      update({ job: null, result: { plan, forecastRun: run.startedAt, priced }, selectedSeries: 0 });
    },
    (error: unknown) => {
      active = null;
      const done = useAppStore.getState().inventory.job?.done ?? 0;
      if (isCancelled(error)) {
        update({ job: { status: 'cancelled', done, total, error: null } });
        return;
      }
      update({ job: { status: 'failed', done, total, error: errorEnvelope(error) } });
    },
  );
}

export function cancelInventory(): void {
  active?.cancel();
}
