/**
 * The cost/service trade-off of one series: a policy replayed on the validation window at a ladder of
 * quantile levels, so the user sees what each step of fill rate costs in stock.
 */
import { replayRule, type ReplayContext } from './replay';
import { buildReviewLevels } from './review-levels';
import type { TuningWindows } from './tune';
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
