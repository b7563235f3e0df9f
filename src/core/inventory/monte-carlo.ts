/**
 * Forward Monte Carlo: the chosen levels run over seeded sample paths of future demand from the
 * current position, giving expected KPIs and their spread (10th and 90th percentiles) instead of a
 * single replay.
 */
import { sortedQuantile } from '../metrics/empirical-quantile';
import { kpisFromRecord, type InventoryKpis } from './kpis';
import { arrivalDelays } from './lead-time-draws';
import { SIM_SLOTS, simulate } from './simulate';
import type { DemandDistribution, InventorySettings, PolicyKind, PolicyLevels, UnitCosts } from './types';

export interface MonteCarloOptions {
  paths: number;
  /** Periods simulated (at most the distribution's length). */
  horizon: number;
  seed: number;
  onHand: number;
  /** On order now; it lands L − 1 periods into the future (ordered at the last review). */
  onOrder: number;
  periodsPerYear: number;
}

export const SPREAD_KPIS = ['totalCost', 'fillRate', 'averageOnHand', 'shortUnits'] as const;
export type SpreadKpi = (typeof SPREAD_KPIS)[number];

export interface MonteCarloResult {
  paths: number;
  /** Mean of every KPI over the paths. */
  mean: InventoryKpis;
  spread: Record<SpreadKpi, { p10: number; p90: number }>;
}

/** The KPIs of every sample path, in path order (a path's index pairs it across series for totals). */
export function forwardRuns(
  distribution: DemandDistribution,
  kind: PolicyKind,
  levels: PolicyLevels,
  settings: InventorySettings,
  costs: UnitCosts,
  options: MonteCarloOptions,
): InventoryKpis[] {
  const length = distribution.point.length;
  const horizon = Math.min(options.horizon, length);
  const samples = distribution.samplePaths(options.paths, options.seed);
  const constant = (value: number): Float64Array => new Float64Array(horizon).fill(value);
  const schedule = {
    kind,
    reviewPeriod: kind === 'sQ' || kind === 'base_stock' ? 1 : settings.reviewPeriod,
    reorderPoint: constant(levels.reorderPoint),
    orderUpTo: constant(levels.orderUpTo),
    orderQuantity: constant(levels.orderQuantity),
  };
  const record = new Float64Array(SIM_SLOTS);
  const runs: InventoryKpis[] = [];
  for (let path = 0; path < options.paths; path++) {
    simulate(
      samples.subarray(path * length, path * length + horizon),
      0,
      horizon,
      schedule,
      {
        backorders: settings.backorders,
        minOrderQuantity: settings.minOrderQuantity,
        packSize: settings.packSize,
        shelfLife: settings.shelfLife,
        arrivalDelay: arrivalDelays(horizon, settings.leadTime, settings.leadTimeSd, options.seed + path + 1),
        initialOnHand: options.onHand,
        initialOnOrder: options.onOrder,
        initialOnOrderArrival: Math.max(0, settings.leadTime - 1),
      },
      record,
    );
    runs.push(kpisFromRecord(record, costs, options.periodsPerYear));
  }
  return runs;
}

export function forwardMonteCarlo(
  distribution: DemandDistribution,
  kind: PolicyKind,
  levels: PolicyLevels,
  settings: InventorySettings,
  costs: UnitCosts,
  options: MonteCarloOptions,
): MonteCarloResult {
  const runs = forwardRuns(distribution, kind, levels, settings, costs, options);
  const first = runs[0];
  if (first === undefined) throw new RangeError('At least one path is needed');
  const mean = { ...first };
  for (const key of Object.keys(mean) as (keyof InventoryKpis)[]) {
    mean[key] = runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
  }
  const spread = {} as MonteCarloResult['spread'];
  for (const key of SPREAD_KPIS) {
    const sorted = Float64Array.from(runs, (run) => run[key]).sort();
    spread[key] = { p10: sortedQuantile(sorted, 0.1), p90: sortedQuantile(sorted, 0.9) };
  }
  return { paths: runs.length, mean, spread };
}
