/**
 * The inventory worker's methods: `plan-inventory` tunes and plans every series of a forecast run,
 * streaming progress per series; `series-trace` replays one series of the last plan for its chart.
 */
import type { AbcClass } from '../core/inventory/abc-xyz';
import type { InventoryPlan } from '../core/inventory/plan';
import type { InventoryRunData } from '../core/inventory/run-inputs';
import type { SeriesTrace } from '../core/inventory/series-trace';
import type { InventorySettings } from '../core/inventory/types';

export interface PlanInventoryRequest {
  type: 'plan-inventory';
  /** The run's dataset and stored forecasts (copied: the store keeps its own). */
  data: InventoryRunData;
  settings: Partial<InventorySettings>;
  classTargets?: Partial<Record<AbcClass, number>>;
  seed: number;
}

export interface PlanProgress {
  done: number;
  total: number;
}

export interface SeriesTraceRequest {
  type: 'series-trace';
  /** Index of the series in the last plan's dataset. */
  index: number;
}

export type InventoryMethods = {
  'plan-inventory': { request: PlanInventoryRequest; progress: PlanProgress; result: InventoryPlan };
  'series-trace': { request: SeriesTraceRequest; progress: never; result: SeriesTrace };
};

/** Error codes of the inventory worker. */
export const INVENTORY_ERROR = {
  invalidSetting: 'invalid-setting',
  noPlan: 'no-plan',
  failed: 'inventory-failed',
} as const;
