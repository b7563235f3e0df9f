/**
 * The inventory step's slice of the app store: the form, the plan in progress, and the last plan
 * with the forecast run it was made from. Any change to the form drops the plan, so the KPIs and the
 * order list on the page always belong to the inputs shown.
 */
import type { StateCreator } from 'zustand';
import type { AbcClass, XyzClass } from '../../core/inventory/abc-xyz';
import type { InventoryPlan } from '../../core/inventory/plan';
import { DEFAULT_INVENTORY_INPUTS, type InventoryInputs } from './inventory-inputs';
import type { WorkerError } from '../../workers/protocol';

export interface InventoryJob {
  status: 'running' | 'cancelled' | 'failed';
  done: number;
  total: number;
  /** Why it failed, as the worker said it (worded at render: worker-error-text.ts). */
  error: WorkerError | null;
}

export interface InventoryResult {
  plan: InventoryPlan;
  /** `startedAt` of the forecast run the plan was made from (a newer run makes it stale). */
  forecastRun: number;
  /** True when unit values came from a mapped price column (else every unit is worth 1). */
  priced: boolean;
}

export interface InventoryState {
  inputs: InventoryInputs;
  job: InventoryJob | null;
  result: InventoryResult | null;
  /** Series shown in the chart: an index into the plan's series. */
  selectedSeries: number;
  abcFilter: AbcClass | 'all';
  xyzFilter: XyzClass | 'all';
}

export interface InventorySlice {
  inventory: InventoryState;
  updateInventory(patch: Partial<InventoryState>): void;
  /** Edits the form and drops the plan made with the previous inputs. */
  setInventoryInputs(patch: Partial<InventoryInputs>): void;
}

export const INITIAL_INVENTORY_STATE: InventoryState = {
  inputs: DEFAULT_INVENTORY_INPUTS,
  job: null,
  result: null,
  selectedSeries: 0,
  abcFilter: 'all',
  xyzFilter: 'all',
};

export const createInventorySlice: StateCreator<InventorySlice, [], [], InventorySlice> = (set) => ({
  inventory: INITIAL_INVENTORY_STATE,
  updateInventory: (patch) => set((state) => ({ inventory: { ...state.inventory, ...patch } })),
  setInventoryInputs: (patch) =>
    set((state) => ({
      inventory: { ...state.inventory, inputs: { ...state.inventory.inputs, ...patch }, result: null },
    })),
});
