/**
 * A rule turned into the levels of each review of a replay (and, for one review, into the levels of
 * the order list). (s, Q) and (s, S) take Q from the EOQ on the forecast mean, as a multiple of it,
 * in whole packs and never below the minimum order.
 */
import { economicOrderQuantity } from './eoq';
import { roundOrder } from './order-rounding';
import { reviewEvery } from './protection';
import type { ReviewLevels } from './review-levels';
import type { PolicySchedule } from './simulate';
import type { InventorySettings, PolicyLevels, PolicyRule, UnitCosts } from './types';

/** Order quantity of a rule at a mean demand per period: EOQ × multiple, at least one unit, in packs. */
export function ruleOrderQuantity(
  rule: PolicyRule,
  meanDemand: number,
  settings: InventorySettings,
  costs: UnitCosts,
): number {
  const eoq = economicOrderQuantity(costs.order, meanDemand, costs.holding);
  return roundOrder(Math.max(1, eoq * rule.qMultiple), settings.minOrderQuantity, settings.packSize);
}

function levelIndex(table: ReviewLevels, level: number): number {
  const index = table.levels.indexOf(level);
  if (index < 0) throw new RangeError(`Level ${level} is not in the table`);
  return index;
}

/** The levels of `rule` at review i of the table. */
export function levelsAt(
  rule: PolicyRule,
  table: ReviewLevels,
  i: number,
  settings: InventorySettings,
  costs: UnitCosts,
): PolicyLevels {
  if (rule.kind === 'naive')
    return { reorderPoint: NaN, orderUpTo: table.naiveUpTo[i] as number, orderQuantity: NaN };
  const k = levelIndex(table, rule.level);
  const cycle = (table.cycle[k] as Float64Array)[i] as number;
  const period = (table.period[k] as Float64Array)[i] as number;
  switch (rule.kind) {
    case 'RS':
    case 'newsvendor':
      return { reorderPoint: NaN, orderUpTo: cycle, orderQuantity: NaN };
    case 'base_stock':
      return { reorderPoint: NaN, orderUpTo: period, orderQuantity: NaN };
    case 'sQ': {
      const q = ruleOrderQuantity(rule, table.meanDemand[i] as number, settings, costs);
      return { reorderPoint: period, orderUpTo: period + q, orderQuantity: q };
    }
    case 'sS': {
      const q = ruleOrderQuantity(rule, table.meanDemand[i] as number, settings, costs);
      return { reorderPoint: cycle, orderUpTo: cycle + q, orderQuantity: NaN };
    }
  }
}

/** The rule's levels at every review of the table, as the simulator reads them. */
export function scheduleFor(
  rule: PolicyRule,
  table: ReviewLevels,
  settings: InventorySettings,
  costs: UnitCosts,
): PolicySchedule {
  const periods = table.naiveUpTo.length;
  const schedule: PolicySchedule = {
    kind: rule.kind,
    reviewPeriod: reviewEvery(rule.kind, settings),
    reorderPoint: new Float64Array(periods),
    orderUpTo: new Float64Array(periods),
    orderQuantity: new Float64Array(periods),
  };
  for (let i = 0; i < periods; i++) {
    const levels = levelsAt(rule, table, i, settings, costs);
    schedule.reorderPoint[i] = levels.reorderPoint;
    schedule.orderUpTo[i] = levels.orderUpTo;
    schedule.orderQuantity[i] = levels.orderQuantity;
  }
  return schedule;
}
