/**
 * The inventory engine's shared shapes: the demand it plans for, the settings a user gives, the
 * policies it can run and the notices it returns (codes with parameters; the UI words them).
 */

/**
 * What the inventory engine needs of a demand forecast. The forecast engine's stored distribution
 * satisfies it structurally; so does the empirical one built in this module.
 */
export interface DemandDistribution {
  /** Point forecast per future period, length ≥ the periods asked about. */
  readonly point: Float64Array;
  /** Quantile p of demand summed over future periods [from, to) (0 = first period after the history). */
  sumQuantile(from: number, to: number, p: number): number;
  /** `count` seeded sample paths of future demand, path after path (count × point.length values). */
  samplePaths(count: number, seed: number): Float64Array;
}

/**
 * Forecasts made only with data before period t (an index into the demand history), re-made at each
 * review of a backtest: the distribution covers periods t, t + 1, …
 */
export type DemandProvider = (t: number) => DemandDistribution;

/** The policies the engine simulates; `auto` (settings only) picks the cheapest per series. */
export type PolicyKind = 'sQ' | 'sS' | 'RS' | 'base_stock' | 'newsvendor' | 'naive';
export type PolicyChoice = PolicyKind | 'auto';

export interface InventorySettings {
  /** Mean lead time in whole periods: an order placed at t arrives at t + leadTime. */
  leadTime: number;
  /** Standard deviation of the lead time in periods (0 = fixed lead time). */
  leadTimeSd: number;
  /** Periods between reviews of the periodic policies. */
  reviewPeriod: number;
  /** Holding cost, % of unit value per year. */
  holdingRatePct: number;
  /** Shortage cost, % of unit value, charged once per unit lost or backordered. */
  shortageCostPct: number;
  /** Fixed cost per order, in money. */
  orderCost: number;
  /** Fill-rate target in (0, 1), or null to minimise total cost. */
  fillRateTarget: number | null;
  /** True: unmet demand waits for stock; false (default): it is lost. */
  backorders: boolean;
  /** Smallest order in units (0 = none). */
  minOrderQuantity: number;
  /** Orders are whole multiples of this many units (1 = any whole quantity). */
  packSize: number;
  /** Periods a unit can be sold after it arrives (perishables), or null when it keeps. */
  shelfLife: number | null;
  policy: PolicyChoice;
}

/** Per-period money of one series, from its settings, unit value and data frequency. */
export interface UnitCosts {
  /** Per unit left on hand at the end of a period. */
  holding: number;
  /** Per unit lost or backordered. */
  shortage: number;
  /** Per order placed. */
  order: number;
  /** Per unit that expires (its unit value). */
  waste: number;
}

/** A policy rule: how the levels are derived from a demand distribution at each review. */
export interface PolicyRule {
  kind: PolicyKind;
  /** Quantile level of demand over the protection interval (unused by `naive`). */
  level: number;
  /** Order quantity (sQ) or S − s (sS) as a multiple of the EOQ (unused otherwise). */
  qMultiple: number;
}

/** Levels of a rule at one review: reorder point s (NaN when the policy has none), S and Q. */
export interface PolicyLevels {
  reorderPoint: number;
  orderUpTo: number;
  /** Order multiple of sQ (NaN otherwise). */
  orderQuantity: number;
}

export type InventoryNoticeCode =
  | 'series_too_short'
  | 'forecast_failed'
  | 'few_forecast_errors'
  | 'fill_rate_target_unmet'
  | 'position_simulated'
  | 'newsvendor_without_shelf_life';

/** A message for the UI to word: a code and its parameters, never a sentence. */
export interface InventoryNotice {
  code: InventoryNoticeCode;
  params?: Record<string, number | string>;
}
