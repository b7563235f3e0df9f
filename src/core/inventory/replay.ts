/**
 * Replays one rule over a window of the demand history: each candidate starts with its first
 * order-up-to level on hand and nothing on order, and meets the same seeded lead times.
 */
import { kpisFromRecord, type InventoryKpis } from './kpis';
import { arrivalDelays } from './lead-time-draws';
import { scheduleFor } from './policy-schedule';
import type { ReviewLevels } from './review-levels';
import { SIM_SLOTS, simulate, type SimulationTrace } from './simulate';
import type { InventorySettings, PolicyRule, UnitCosts } from './types';

export interface ReplayContext {
  demand: Float64Array;
  settings: InventorySettings;
  costs: UnitCosts;
  periodsPerYear: number;
  /** Seed of the lead-time draws (unused when the lead time is fixed). */
  seed: number;
}

/** KPIs of `rule` over demand[from, from + table length) with the table's levels. */
export function replayRule(
  rule: PolicyRule,
  table: ReviewLevels,
  from: number,
  context: ReplayContext,
  trace?: SimulationTrace,
): InventoryKpis {
  const { demand, settings, costs } = context;
  const periods = table.naiveUpTo.length;
  const schedule = scheduleFor(rule, table, settings, costs);
  const record = new Float64Array(SIM_SLOTS);
  const start = schedule.orderUpTo[0] as number;
  simulate(
    demand,
    from,
    from + periods,
    schedule,
    {
      backorders: settings.backorders,
      minOrderQuantity: settings.minOrderQuantity,
      packSize: settings.packSize,
      shelfLife: settings.shelfLife,
      arrivalDelay: arrivalDelays(periods, settings.leadTime, settings.leadTimeSd, context.seed),
      initialOnHand: Number.isFinite(start) ? Math.max(0, Math.round(start)) : 0,
      initialOnOrder: 0,
      initialOnOrderArrival: 0,
      ...(trace !== undefined ? { trace } : {}),
    },
    record,
  );
  return kpisFromRecord(record, costs, context.periodsPerYear);
}

/** The same replay, period by period: what the chart of one series draws. */
export function traceRule(
  rule: PolicyRule,
  table: ReviewLevels,
  from: number,
  context: ReplayContext,
): { trace: SimulationTrace; kpis: InventoryKpis } {
  const periods = table.naiveUpTo.length;
  const trace: SimulationTrace = {
    onHand: new Float64Array(periods),
    position: new Float64Array(periods),
    ordered: new Float64Array(periods),
    received: new Float64Array(periods),
    short: new Float64Array(periods),
  };
  return { trace, kpis: replayRule(rule, table, from, context, trace) };
}
