/**
 * The order list's levels are held fixed until the next plan (an outside replay holds them over the
 * whole forecast horizon), so they are chosen for that use: each candidate level is replayed held
 * fixed over the forecast's seeded sample paths of the horizon, with the backtest's timing (arrivals,
 * then demand, then the review; on hand starts at the order-up-to level, nothing on order), and the
 * one with the lowest mean cost is kept, or under a fill-rate target the cheapest that meets it.
 *
 * A level set for one period (the first of the horizon, or the mean of the periods' quantiles) is too
 * low for the busy days of a week it is held over: with shortage far dearer than holding, the right
 * fixed level protects the busy periods, which is what replaying it over the whole horizon finds.
 * The backtest does not use this: there each review re-forecasts from its own period.
 */
import { sortedQuantile } from '../metrics/empirical-quantile';
import { arrivalDelays } from './lead-time-draws';
import { criticalRatio } from './newsvendor';
import { ruleOrderQuantity } from './policy-schedule';
import { protectionPeriods, reviewEvery } from './protection';
import { SIM, SIM_SLOTS, simulate, type PolicySchedule } from './simulate';
import type { DemandDistribution, InventorySettings, PolicyLevels, PolicyRule, UnitCosts } from './types';

/** Sample paths replayed per candidate: enough for the tail a high critical ratio asks about. */
export const HELD_PATHS = 400;

/** Quantile levels of the pooled window demand tried as the protection level (1 = the largest seen). */
const CANDIDATE_LEVELS: readonly number[] = [
  0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.993, 0.995, 0.997, 0.998,
  0.999, 1,
];

/** Every window sum of `width` periods of every path (path after path, `horizon` periods each), sorted. */
function pooledWindowSums(paths: Float64Array, horizon: number, count: number, width: number): Float64Array {
  const span = Math.min(width, horizon);
  const perPath = horizon - span + 1;
  const sums = new Float64Array(count * perPath);
  for (let path = 0; path < count; path++) {
    const base = path * horizon;
    let sum = 0;
    for (let j = 0; j < span; j++) sum += paths[base + j] as number;
    sums[path * perPath] = sum;
    for (let start = 1; start < perPath; start++) {
      sum += (paths[base + start + span - 1] as number) - (paths[base + start - 1] as number);
      sums[path * perPath + start] = sum;
    }
  }
  return sums.sort();
}

/** Windows of the past held over as well: the last this many horizons' worth of starts. */
const PAST_HORIZONS = 3;

/**
 * The last windows of the real history, each as long as the horizon (one per start over the last
 * PAST_HORIZONS horizons; gaps as 0): the spikes a thin forecast tail leaves out are in them.
 */
function pastWindows(history: Float64Array, horizon: number): { values: Float64Array; count: number } {
  const starts = Math.max(0, Math.min(PAST_HORIZONS * horizon, history.length - horizon + 1));
  const values = new Float64Array(starts * horizon);
  const first = history.length - horizon - starts + 1;
  for (let w = 0; w < starts; w++) {
    for (let j = 0; j < horizon; j++) {
      const value = history[first + w + j] as number;
      values[w * horizon + j] = Number.isNaN(value) ? 0 : value;
    }
  }
  return { values, count: starts };
}

/** Share of the pooled window sums above the threshold of the fitted tail. */
const TAIL_SHARE = 0.1;

/**
 * Quantile p of the pooled window sums with the tail beyond their own 1 − TAIL_SHARE quantile taken
 * as exponential (peaks over a threshold, scale = the mean excess). The paths are resampled from a
 * few hundred past errors at most, so they never exceed what was seen; a critical ratio such as
 * 0.998 (daily data: a lost unit costs over a year of holding) asks about a tail beyond that.
 */
function exponentialTailQuantile(sorted: Float64Array, p: number): number {
  const threshold = sortedQuantile(sorted, 1 - TAIL_SHARE);
  if (p <= 1 - TAIL_SHARE) return sortedQuantile(sorted, p);
  let excess = 0;
  let above = 0;
  for (let i = sorted.length - 1; i >= 0 && (sorted[i] as number) > threshold; i--) {
    excess += (sorted[i] as number) - threshold;
    above++;
  }
  const scale = above > 0 ? excess / above : 0;
  return threshold + scale * Math.log(TAIL_SHARE / (1 - p));
}

/** True when every observed value is a whole number: the levels are then whole units too. */
function wholeUnits(history: Float64Array): boolean {
  for (const value of history) if (!Number.isNaN(value) && !Number.isInteger(value)) return false;
  return true;
}

interface HeldOutcome {
  cost: number;
  fillRate: number;
}

/** Mean cost and pooled fill rate of one set of levels held over every path. */
function replayHeld(
  levels: PolicyLevels,
  schedule: PolicySchedule,
  paths: Float64Array,
  horizon: number,
  count: number,
  forecastCount: number,
  settings: InventorySettings,
  costs: UnitCosts,
  arrivalDelay: Int32Array,
  record: Float64Array,
): HeldOutcome {
  schedule.reorderPoint.fill(levels.reorderPoint);
  schedule.orderUpTo.fill(levels.orderUpTo);
  schedule.orderQuantity.fill(levels.orderQuantity);
  const start = Math.max(0, Math.round(levels.orderUpTo));
  let cost = 0;
  let demand = 0;
  let sold = 0;
  const pastCount = count - forecastCount;
  for (let path = 0; path < count; path++) {
    // The forecast's paths and the past's windows weigh half each (all on the forecast when no past).
    const weight = path < forecastCount ? (pastCount > 0 ? 0.5 : 1) / forecastCount : 0.5 / pastCount;
    simulate(
      paths,
      path * horizon,
      (path + 1) * horizon,
      schedule,
      {
        backorders: settings.backorders,
        minOrderQuantity: settings.minOrderQuantity,
        packSize: settings.packSize,
        shelfLife: settings.shelfLife,
        arrivalDelay,
        initialOnHand: start,
        initialOnOrder: 0,
        initialOnOrderArrival: 0,
      },
      record,
    );
    const objective =
      costs.holding * (record[SIM.endOnHandSum] as number) +
      costs.order * (record[SIM.orders] as number) +
      costs.waste * (record[SIM.expiredUnits] as number);
    cost +=
      weight *
      (settings.fillRateTarget === null
        ? objective + costs.shortage * (record[SIM.short] as number)
        : objective);
    demand += weight * (record[SIM.demand] as number);
    sold += weight * (record[SIM.sold] as number);
  }
  return { cost, fillRate: demand > 0 ? sold / demand : 1 };
}

/** The levels of `rule` whose protection level is `protection` (units over its protection interval). */
function levelsOf(rule: PolicyRule, protection: number, quantity: number): PolicyLevels {
  switch (rule.kind) {
    case 'sQ':
      return { reorderPoint: protection, orderUpTo: protection + quantity, orderQuantity: quantity };
    case 'sS':
      return { reorderPoint: protection, orderUpTo: protection + quantity, orderQuantity: NaN };
    default:
      return { reorderPoint: NaN, orderUpTo: protection, orderQuantity: NaN };
  }
}

/**
 * The levels of `rule` (not the naive rule, whose level is its own) to hold over the distribution's
 * horizon. (s, Q) and (s, S) keep the rule's order quantity (EOQ × its multiple on the horizon's mean
 * demand); the reorder point or order-up-to level is what is chosen.
 */
export function heldLevels(
  rule: PolicyRule,
  distribution: DemandDistribution,
  history: Float64Array,
  settings: InventorySettings,
  costs: UnitCosts,
  seed: number,
): PolicyLevels {
  const horizon = distribution.point.length;
  const forecastPaths = distribution.samplePaths(HELD_PATHS, seed);
  const past = pastWindows(history, horizon);
  const paths = new Float64Array(forecastPaths.length + past.values.length);
  paths.set(forecastPaths);
  paths.set(past.values, forecastPaths.length);
  const count = HELD_PATHS + past.count;
  const cover = protectionPeriods(rule.kind, settings);
  const sums = pooledWindowSums(paths, horizon, count, cover);
  let mean = 0;
  for (const value of distribution.point) mean += value / Math.max(1, horizon);
  const quantity =
    rule.kind === 'sQ' || rule.kind === 'sS' ? ruleOrderQuantity(rule, mean, settings, costs) : NaN;
  const schedule: PolicySchedule = {
    kind: rule.kind,
    reviewPeriod: reviewEvery(rule.kind, settings),
    reorderPoint: new Float64Array(horizon),
    orderUpTo: new Float64Array(horizon),
    orderQuantity: new Float64Array(horizon),
  };
  const arrivalDelay = arrivalDelays(horizon, settings.leadTime, settings.leadTimeSd, seed);
  const record = new Float64Array(SIM_SLOTS);
  const target = settings.fillRateTarget;
  let best: { levels: PolicyLevels; outcome: HeldOutcome } | null = null;
  let tried = NaN;
  for (const p of CANDIDATE_LEVELS) {
    const protection = sortedQuantile(sums, p);
    if (protection === tried) continue;
    tried = protection;
    const levels = levelsOf(rule, protection, quantity);
    const outcome = replayHeld(
      levels,
      schedule,
      paths,
      horizon,
      count,
      HELD_PATHS,
      settings,
      costs,
      arrivalDelay,
      record,
    );
    const better =
      best === null ||
      (target === null
        ? outcome.cost < best.outcome.cost
        : outcome.fillRate >= target
          ? best.outcome.fillRate < target || outcome.cost < best.outcome.cost
          : best.outcome.fillRate < target && outcome.fillRate > best.outcome.fillRate);
    if (better) best = { levels, outcome };
  }
  if (best === null) throw new RangeError('No held level');
  if (target !== null) return best.levels;
  // Never below the tail's quantile at the critical ratio (see exponentialTailQuantile).
  const floor = exponentialTailQuantile(sums, criticalRatio(costs.shortage, costs.holding));
  const chosen = rule.kind === 'sQ' || rule.kind === 'sS' ? best.levels.reorderPoint : best.levels.orderUpTo;
  const protection = Math.max(chosen, floor);
  return levelsOf(rule, wholeUnits(history) ? Math.ceil(protection) : protection, quantity);
}
