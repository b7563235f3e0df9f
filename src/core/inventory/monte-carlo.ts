/**
 * Forward Monte Carlo: the chosen levels run over seeded sample paths of future demand from the
 * current position, one set of KPIs per path instead of a single replay (forward.ts sums them over
 * series and gives their spread).
 */
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
