/**
 * Per series: the rule with the lowest total cost (or the lowest holding + ordering + waste cost
 * among the rules meeting the fill-rate target) on a validation window, then reported on a later test
 * window it was not chosen on, beside the naive rule on the same test window, so the savings shown
 * are measured, not built in.
 */
import { candidateRules, tableLevels } from './candidates';
import { textbookFillRateRules } from './fill-rate-candidates';
import type { InventoryKpis } from './kpis';
import { distributionHorizon } from './protection';
import { replayRule, type ReplayContext } from './replay';
import { buildReviewLevels } from './review-levels';
import type { DemandProvider, InventoryNotice, InventorySettings, PolicyRule } from './types';

/** Validation is demand[validationFrom, testFrom); test is demand[testFrom, end). */
export interface TuningWindows {
  validationFrom: number;
  testFrom: number;
  end: number;
}

/** Share of the history in each of the validation and test windows. */
const WINDOW_SHARE = 0.25;

/**
 * The last quarter of the history for test, the quarter before for validation, the first half to
 * learn the forecasts from; null when a window would be shorter than two protection intervals.
 */
export function defaultWindows(length: number, settings: InventorySettings): TuningWindows | null {
  const window = Math.floor(length * WINDOW_SHARE);
  if (window < 2 * distributionHorizon(settings)) return null;
  return { validationFrom: length - 2 * window, testFrom: length - window, end: length };
}

export interface SeriesTuning {
  rule: PolicyRule;
  /** Rules replayed on the validation periods. */
  candidates: number;
  validation: InventoryKpis;
  test: InventoryKpis;
  naiveTest: InventoryKpis;
  notices: InventoryNotice[];
}

/** Cost the choice minimises: total cost, or without the shortage charge under a fill-rate target. */
function objective(kpis: InventoryKpis, target: number | null): number {
  return target === null ? kpis.totalCost : kpis.totalCost - kpis.shortageCost;
}

/** True when `a` is preferred to `b`: meeting the target first, then cost; short of it, fill rate. */
export function preferred(a: InventoryKpis, b: InventoryKpis, target: number | null): boolean {
  if (target !== null) {
    const aMeets = a.fillRate >= target;
    const bMeets = b.fillRate >= target;
    if (aMeets !== bMeets) return aMeets;
    if (!aMeets) return a.fillRate > b.fillRate;
  }
  return objective(a, target) < objective(b, target);
}

const NAIVE_RULE: PolicyRule = { kind: 'naive', level: NaN, qMultiple: NaN };

/** Tunes one series; a null provider (too short to forecast) leaves the naive rule. */
export function tuneSeries(
  provider: DemandProvider | null,
  windows: TuningWindows,
  context: ReplayContext,
): SeriesTuning {
  const { demand, settings, costs } = context;
  const target = settings.fillRateTarget;
  const rules = provider === null ? [NAIVE_RULE] : candidateRules(settings, costs);
  if (provider !== null && target !== null) {
    rules.push(...textbookFillRateRules(provider(windows.validationFrom + 1), settings, costs, target));
  }
  const levels = [...new Set([...tableLevels(settings, costs), ...rules.map((rule) => rule.level)])].filter(
    (level) => !Number.isNaN(level),
  );
  const validationTable = buildReviewLevels(
    demand,
    provider,
    settings,
    levels,
    windows.validationFrom,
    windows.testFrom,
  );
  const testTable = buildReviewLevels(demand, provider, settings, levels, windows.testFrom, windows.end);
  let best: { rule: PolicyRule; kpis: InventoryKpis } | null = null;
  for (const rule of rules) {
    const kpis = replayRule(rule, validationTable, windows.validationFrom, context);
    if (best === null || preferred(kpis, best.kpis, settings.fillRateTarget)) best = { rule, kpis };
  }
  if (best === null) throw new RangeError('No candidate rule');
  const notices: InventoryNotice[] = [];
  if (target !== null && best.kpis.fillRate < target) {
    notices.push({ code: 'fill_rate_target_unmet', params: { target, achieved: best.kpis.fillRate } });
  }
  return {
    rule: best.rule,
    candidates: rules.length,
    validation: best.kpis,
    test: replayRule(best.rule, testTable, windows.testFrom, context),
    naiveTest: replayRule(NAIVE_RULE, testTable, windows.testFrom, context),
    notices,
  };
}
