/**
 * The inventory workers' methods. A plan runs on a pool: each worker is handed the forecast run once
 * (`load-run`, which also answers the series' ABC classes, needed before any series is planned),
 * then batches of series (`plan-batch`, progress after each series). `series-trace` replays one
 * planned series of the loaded run for its chart; `series-trade-off` replays it on its validation periods at a ladder of
 * service levels for the cost/service curve.
 */
import type { AbcClass } from '../core/inventory/abc-xyz';
import type { SeriesInventoryPlan } from '../core/inventory/plan';
import type { InventoryRunData } from '../core/inventory/run-inputs';
import type { SeriesTrace } from '../core/inventory/series-trace';
import type { SeriesTradeOff } from '../core/inventory/trade-off';
import type { InventorySettings } from '../core/inventory/types';

export interface LoadRunRequest {
  type: 'load-run';
  /** The run's dataset and stored forecasts (copied: the store keeps its own). */
  data: InventoryRunData;
}

export interface PlanBatchRequest {
  type: 'plan-batch';
  /** Series to plan (indices into the loaded run), with their ABC classes in the same order. */
  indices: number[];
  classes: AbcClass[];
  settings: Partial<InventorySettings>;
  classTargets?: Partial<Record<AbcClass, number>>;
  /** Series s is planned with seed + s, whichever worker plans it. */
  seed: number;
}

export interface SeriesTraceRequest {
  type: 'series-trace';
  index: number;
  plan: SeriesInventoryPlan;
  seed: number;
}

export interface SeriesTradeOffRequest {
  type: 'series-trade-off';
  index: number;
  plan: SeriesInventoryPlan;
  seed: number;
}

export type InventoryMethods = {
  'load-run': { request: LoadRunRequest; progress: never; result: AbcClass[] };
  /** Progress: one `1` per series planned. */
  'plan-batch': { request: PlanBatchRequest; progress: 1; result: SeriesInventoryPlan[] };
  'series-trace': { request: SeriesTraceRequest; progress: never; result: SeriesTrace };
  /** Null for a series too short to tune. */
  'series-trade-off': { request: SeriesTradeOffRequest; progress: never; result: SeriesTradeOff | null };
};

/** Error codes of the inventory worker. */
export const INVENTORY_ERROR = {
  invalidSetting: 'invalid-setting',
  noRun: 'no-run',
  failed: 'inventory-failed',
  /** The chart asked for a replay, but no planned run is held (the page was planned elsewhere). */
  replayStale: 'replay-stale',
} as const;
