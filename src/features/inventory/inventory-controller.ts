/**
 * Starts and cancels inventory plans: hands the last finished forecast run (its dataset, stored
 * forecasts and calibration) and the form's settings to the inventory worker, and writes progress
 * and the plan into the store.
 */
import { useAppStore } from '../../app/store';
import { errorEnvelope, isCancelled, RpcError, type RpcCall } from '../../workers/rpc';
import { RPC_ERROR } from '../../workers/rpc-protocol';
import { discardInventoryClient, inventoryClient } from '../../workers/inventory-client';
import type { InventoryPlan } from '../../core/inventory/plan';
import { readSettings } from './inventory-inputs';

/** Fixed, so the same data and inputs give the same plan. */
const PLAN_SEED = 20240;

let active: RpcCall<InventoryPlan> | null = null;

/** The forecast run the inventory step plans from: the last one that finished (or was cancelled). */
export function usableForecastRun() {
  const run = useAppStore.getState().forecast.run;
  return run !== null && run.status !== 'running' && run.status !== 'failed' ? run : null;
}

export function startInventory(): void {
  const state = useAppStore.getState();
  const run = usableForecastRun();
  const reading = readSettings(state.inventory.inputs);
  if (run === null || !reading.ok || active !== null) return;
  const loaded = state.data.loaded;
  // The price column is the one mapped for the data the run was made on.
  const priceColumn = loaded !== null && loaded.dataset === run.dataset ? loaded.mapping.price : null;
  const priced = priceColumn !== null && run.dataset.covariates.some((c) => c.name === priceColumn);
  const total = run.dataset.seriesIds.length;
  state.updateInventory({ job: { status: 'running', done: 0, total, error: null }, result: null });
  const update = useAppStore.getState().updateInventory;
  const summaries = run.results.summaries;
  const call = inventoryClient().call(
    {
      type: 'plan-inventory',
      data: {
        dataset: run.dataset,
        forecasts: run.dataset.seriesIds.map((_, s) => summaries[s]?.future ?? null),
        demandKinds: run.dataset.seriesIds.map((_, s) => summaries[s]?.demand ?? null),
        calibration: run.calibration,
        priceColumn: priced ? priceColumn : null,
      },
      settings: reading.settings,
      seed: PLAN_SEED,
    },
    { onProgress: ({ done }) => update({ job: { status: 'running', done, total, error: null } }) },
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
      if (error instanceof RpcError && error.code === RPC_ERROR.workerCrashed) discardInventoryClient();
      update({ job: { status: 'failed', done, total, error: errorEnvelope(error).message } });
    },
  );
}

export function cancelInventory(): void {
  active?.cancel();
}
