/**
 * The cost/service trade-off of one series: a policy replayed on the validation window at a ladder of
 * quantile levels, so the user sees what each step of fill rate costs in stock.
 */
import type { Frequency } from '../dataset/types';
import type { SeriesInventoryInput, SeriesInventoryPlan } from './plan';
import { replayRule, type ReplayContext } from './replay';
import { buildReviewLevels } from './review-levels';
import { PERIODS_PER_YEAR } from './settings';
import { defaultWindows, type TuningWindows } from './tune';
import type { DemandProvider, PolicyKind } from './types';

export const TRADE_OFF_LEVELS: readonly number[] = [
  0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995,
];

export interface TradeOffPoint {
  level: number;
  fillRate: number;
  cycleServiceLevel: number;
  averageOnHand: number;
  holdingCost: number;
  shortageCost: number;
  totalCost: number;
}

export function tradeOffCurve(
  provider: DemandProvider,
  windows: TuningWindows,
  context: ReplayContext,
  kind: Exclude<PolicyKind, 'naive' | 'newsvendor'>,
  qMultiple = 1,
): TradeOffPoint[] {
  const { demand, settings } = context;
  const table = buildReviewLevels(
    demand,
    provider,
    settings,
    TRADE_OFF_LEVELS,
    windows.validationFrom,
    windows.testFrom,
  );
  return TRADE_OFF_LEVELS.map((level) => {
    const kpis = replayRule({ kind, level, qMultiple }, table, windows.validationFrom, context);
    return {
      level,
      fillRate: kpis.fillRate,
      cycleServiceLevel: kpis.cycleServiceLevel,
      averageOnHand: kpis.averageOnHand,
      holdingCost: kpis.holdingCost,
      shortageCost: kpis.shortageCost,
      totalCost: kpis.totalCost,
    };
  });
}

/** A planned series' curve, with the tuned rule's own point on the same validation periods. */
export interface SeriesTradeOff {
  /** The policy the curve moves along: the tuned one, or (R, S) for a newsvendor series. */
  kind: Exclude<PolicyKind, 'naive' | 'newsvendor'>;
  points: TradeOffPoint[];
  chosen: { fillRate: number; cycleServiceLevel: number; totalCost: number };
}

/** Null for a series too short to tune (or planned with the naive rule): it has no validation part. */
export function seriesTradeOff(
  input: SeriesInventoryInput,
  plan: SeriesInventoryPlan,
  frequency: Frequency,
  seed: number,
): SeriesTradeOff | null {
  const { tuning, settings, costs, rule } = plan;
  const windows = defaultWindows(input.demand.length, settings);
  const { provider } = input;
  if (tuning === null || windows === null || provider === null || rule.kind === 'naive') return null;
  const kind = rule.kind === 'newsvendor' ? 'RS' : rule.kind;
  const context: ReplayContext = {
    demand: input.demand,
    settings,
    costs,
    periodsPerYear: PERIODS_PER_YEAR[frequency],
    seed,
  };
  const qMultiple = Number.isNaN(rule.qMultiple) ? 1 : rule.qMultiple;
  const points = tradeOffCurve(provider, windows, context, kind, qMultiple);
  const { fillRate, cycleServiceLevel, totalCost } = tuning.validation;
  return { kind, points, chosen: { fillRate, cycleServiceLevel, totalCost } };
}
