/**
 * The whole inventory step for a set of series: per series, resolve its settings, tune a rule on
 * validation and report it on test (beside the naive rule), then write its order for the first period
 * after the data. Series too short to tune, or without a forecast, get the naive rule and say why.
 */
import type { Frequency } from '../dataset/types';
import { classifyAbc, classifyXyz, type AbcClass, type XyzClass } from './abc-xyz';
import { empiricalDistribution } from './empirical-distribution';
import { forwardPaths, type ForwardPaths } from './forward';
import { totalKpis, type InventoryKpis } from './kpis';
import { naiveOrderUpTo } from './naive-rule';
import { orderLine, type OrderLine, type StockPosition } from './order-line';
import { distributionHorizon } from './protection';
import { replayRule, type ReplayContext } from './replay';
import { heldLevels } from './held-levels';
import { buildReviewLevels } from './review-levels';
import { PERIODS_PER_YEAR, resolveSettings, unitCosts } from './settings';
import { defaultWindows, tuneSeries, type SeriesTuning } from './tune';
import type {
  DemandDistribution,
  DemandProvider,
  InventoryNotice,
  InventorySettings,
  PolicyRule,
  UnitCosts,
} from './types';

export interface SeriesInventoryInput {
  id: string;
  /** Demand per period, oldest first (NaN = no value). */
  demand: Float64Array;
  /** Money per unit (1 when unknown). */
  unitValue: number;
  /** Day number of the first period after the data: the order date. */
  nextPeriodDate: number;
  overrides?: Partial<InventorySettings>;
  /** Stock on hand and on order now, when known. */
  onHand?: number;
  onOrder?: number;
  /** Forecasts made with the data before t; null when the series cannot be forecast. */
  provider: DemandProvider | null;
}

export interface SeriesInventoryPlan {
  id: string;
  abc: AbcClass;
  xyz: XyzClass;
  settings: InventorySettings;
  costs: UnitCosts;
  rule: PolicyRule;
  /** Null when the series was too short to tune. */
  tuning: SeriesTuning | null;
  order: OrderLine;
  /** The held levels over the stored forecast's sample paths from today's position. */
  forward: ForwardPaths;
  notices: InventoryNotice[];
}

export interface InventoryPlan {
  series: SeriesInventoryPlan[];
  /** Totals over the tuned series: the tuned rules and the naive rule on the same test windows. */
  totals: { validation: InventoryKpis; test: InventoryKpis; naiveTest: InventoryKpis };
}

const NAIVE_RULE: PolicyRule = { kind: 'naive', level: NaN, qMultiple: NaN };

/** With no forecast: the naive mean per period and the spread of past demand. */
function historyDistribution(demand: Float64Array, settings: InventorySettings): DemandDistribution {
  const mean = naiveOrderUpTo(demand, demand.length, settings) / (settings.leadTime + settings.reviewPeriod);
  const none = { values: new Float64Array(0), count: 0, horizon: 1 };
  return empiricalDistribution(new Float64Array(distributionHorizon(settings)).fill(mean), none, demand);
}

export function planSeries(
  input: SeriesInventoryInput,
  shared: Partial<InventorySettings>,
  frequency: Frequency,
  seed: number,
): SeriesInventoryPlan {
  const settings = resolveSettings(shared, input.overrides);
  const costs = unitCosts(settings, input.unitValue, frequency);
  const { demand } = input;
  const end = demand.length;
  const context: ReplayContext = {
    demand,
    settings,
    costs,
    periodsPerYear: PERIODS_PER_YEAR[frequency],
    seed,
  };
  const notices: InventoryNotice[] = [];
  const windows = defaultWindows(end, settings);
  const provider = windows === null ? null : input.provider;
  if (settings.policy === 'newsvendor' && settings.shelfLife === null) {
    notices.push({ code: 'newsvendor_without_shelf_life' });
  }
  if (windows === null) notices.push({ code: 'series_too_short', params: { periods: end } });
  else if (provider === null) notices.push({ code: 'forecast_failed' });
  const tuning = windows === null ? null : tuneSeries(provider, windows, context);
  if (tuning !== null) notices.push(...tuning.notices);
  const rule = tuning?.rule ?? NAIVE_RULE;

  const distribution = provider === null ? historyDistribution(demand, settings) : provider(end);
  if ('fromHistory' in distribution && distribution.fromHistory === true)
    notices.push({ code: 'few_forecast_errors' });
  // The order's levels are held until the next plan: chosen by replaying them held over the horizon.
  const levels =
    rule.kind === 'naive'
      ? { reorderPoint: NaN, orderUpTo: naiveOrderUpTo(demand, end, settings), orderQuantity: NaN }
      : heldLevels(rule, distribution, demand, settings, costs, seed);

  let position: StockPosition;
  if (input.onHand !== undefined) {
    position = { onHand: input.onHand, onOrder: input.onOrder ?? 0, backlog: 0, simulated: false };
  } else {
    // The stock the rule would hold now had it run: the end of the test replay, or of a naive replay
    // over the whole (short) history.
    const replayed =
      tuning?.test ??
      replayRule(NAIVE_RULE, buildReviewLevels(demand, null, settings, [], 0, end), 0, context);
    position = {
      onHand: replayed.endOnHand,
      onOrder: replayed.endOnOrder,
      backlog: replayed.endBacklog,
      simulated: true,
    };
    notices.push({ code: 'position_simulated' });
  }
  const order = orderLine(
    input.id,
    input.nextPeriodDate,
    rule.kind,
    levels,
    position,
    distribution,
    settings,
  );
  const forward = forwardPaths(distribution, rule.kind, levels, settings, costs, {
    seed,
    onHand: position.onHand,
    onOrder: position.onOrder,
    periodsPerYear: context.periodsPerYear,
  });
  return {
    id: input.id,
    abc: 'C',
    xyz: classifyXyz(demand),
    settings,
    costs,
    rule,
    tuning,
    order,
    forward,
    notices,
  };
}

/** Revenue of a series over its history: units sold (demand) × unit value. */
function revenueOf(input: PendingSeriesInput): number {
  let units = 0;
  for (const value of input.demand) if (!Number.isNaN(value)) units += value;
  return units * input.unitValue;
}

/** A series before its provider is made (fitting its model is most of the work of planning it). */
export type PendingSeriesInput = Omit<SeriesInventoryInput, 'provider'>;

/** Totals over the tuned series: the tuned rules and the naive rule on the same test windows. */
export function planTotals(series: readonly SeriesInventoryPlan[]): InventoryPlan['totals'] {
  const tuned = series.flatMap((plan) => (plan.tuning === null ? [] : [plan.tuning]));
  return {
    validation: totalKpis(tuned.map((tuning) => tuning.validation)),
    test: totalKpis(tuned.map((tuning) => tuning.test)),
    naiveTest: totalKpis(tuned.map((tuning) => tuning.naiveTest)),
  };
}

/** ABC classes of the series by revenue: units sold (demand) × unit value. */
export function abcClassesOf(inputs: readonly PendingSeriesInput[]): AbcClass[] {
  return classifyAbc(inputs.map(revenueOf));
}

/**
 * One series of a catalogue whose ABC classes are known (so series can be planned apart, in several
 * workers). `classTargets` gives a fill-rate target per ABC class; the series' own override wins.
 */
export function planClassifiedSeries(
  input: SeriesInventoryInput,
  abc: AbcClass,
  shared: Partial<InventorySettings>,
  frequency: Frequency,
  seed: number,
  classTargets: Partial<Record<AbcClass, number>> = {},
): SeriesInventoryPlan {
  const target = classTargets[abc];
  const withTarget =
    target === undefined ? input : { ...input, overrides: { fillRateTarget: target, ...input.overrides } };
  return { ...planSeries(withTarget, shared, frequency, seed), abc };
}

/** Plans every series: series s is planned with seed + s. */
export function planInventory(
  inputs: readonly SeriesInventoryInput[],
  shared: Partial<InventorySettings>,
  frequency: Frequency,
  seed: number,
  classTargets: Partial<Record<AbcClass, number>> = {},
): InventoryPlan {
  const classes = abcClassesOf(inputs);
  const series = inputs.map((input, s) =>
    planClassifiedSeries(input, classes[s] ?? 'C', shared, frequency, seed + s, classTargets),
  );
  return { series, totals: planTotals(series) };
}
