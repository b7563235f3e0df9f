/**
 * The replay of one planned series, period by period, for its chart: the tuned rule over the test
 * window it was reported on (the same levels, lead times and start as the KPIs), or, for a series
 * too short to tune, the naive rule over its whole history.
 */
import type { InventoryKpis } from './kpis';
import type { SeriesInventoryInput, SeriesInventoryPlan } from './plan';
import { traceRule, type ReplayContext } from './replay';
import { buildReviewLevels } from './review-levels';
import { PERIODS_PER_YEAR } from './settings';
import type { SimulationTrace } from './simulate';
import { defaultWindows } from './tune';
import type { Frequency } from '../dataset/types';

export interface SeriesTrace {
  /** Index into the demand history of the trace's first period. */
  from: number;
  demand: Float64Array;
  trace: SimulationTrace;
  kpis: InventoryKpis;
}

/** `seed` is the one the series was planned with (planInventory gives series s seed + s). */
export function traceSeries(
  input: SeriesInventoryInput,
  plan: SeriesInventoryPlan,
  frequency: Frequency,
  seed: number,
): SeriesTrace {
  const { demand } = input;
  const { settings, costs, rule } = plan;
  const context: ReplayContext = {
    demand,
    settings,
    costs,
    periodsPerYear: PERIODS_PER_YEAR[frequency],
    seed,
  };
  const windows = plan.tuning === null ? null : defaultWindows(demand.length, settings);
  const provider = windows === null ? null : input.provider;
  const from = windows === null ? 0 : windows.testFrom;
  const levels = Number.isNaN(rule.level) ? [] : [rule.level];
  const table = buildReviewLevels(demand, provider, settings, levels, from, demand.length);
  const { trace, kpis } = traceRule(rule, table, from, context);
  return { from, demand: demand.slice(from), trace, kpis };
}
