/**
 * The forward outlook of a plan: each series' held levels run over seeded sample paths of its stored
 * forecast from today's position (`forwardRuns`), kept per path so that series add up path by path:
 * path k of the total is the sum of path k of every series (their seeds differ, so their paths are
 * independent draws), which gives the total its own spread rather than a sum of percentiles.
 */
import { sortedQuantile } from '../metrics/empirical-quantile';
import { forwardRuns, type MonteCarloOptions } from './monte-carlo';
import type { DemandDistribution, InventorySettings, PolicyKind, PolicyLevels, UnitCosts } from './types';

/** Sample paths per series: enough for a 10th–90th percentile band, small enough to keep per series. */
export const FORWARD_PATHS = 64;

/** One series' outlook, per sample path. */
export interface ForwardPaths {
  /** Periods simulated (the stored forecast's horizon). */
  horizon: number;
  demand: Float64Array;
  short: Float64Array;
  totalCost: Float64Array;
}

export interface Spread {
  mean: number;
  p10: number;
  p90: number;
}

export interface ForwardSummary {
  paths: number;
  /** Longest horizon among the series summed. */
  horizon: number;
  /** Per path: units met from stock over units asked for (1 when nothing was asked for). */
  fillRate: Spread;
  totalCost: Spread;
}

export function forwardPaths(
  distribution: DemandDistribution,
  kind: PolicyKind,
  levels: PolicyLevels,
  settings: InventorySettings,
  costs: UnitCosts,
  options: Omit<MonteCarloOptions, 'paths' | 'horizon'>,
): ForwardPaths {
  const horizon = distribution.point.length;
  const runs = forwardRuns(distribution, kind, levels, settings, costs, {
    ...options,
    paths: FORWARD_PATHS,
    horizon,
  });
  return {
    horizon,
    demand: Float64Array.from(runs, (run) => run.demand),
    short: Float64Array.from(runs, (run) => run.shortUnits),
    totalCost: Float64Array.from(runs, (run) => run.totalCost),
  };
}

function spreadOf(values: Float64Array): Spread {
  const sorted = Float64Array.from(values).sort();
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return { mean, p10: sortedQuantile(sorted, 0.1), p90: sortedQuantile(sorted, 0.9) };
}

/** Series summed path by path; null when there is none. Series with fewer paths add to the first ones. */
export function summariseForward(series: readonly ForwardPaths[]): ForwardSummary | null {
  const paths = Math.max(0, ...series.map((s) => s.demand.length));
  if (paths === 0) return null;
  const demand = new Float64Array(paths);
  const short = new Float64Array(paths);
  const totalCost = new Float64Array(paths);
  for (const s of series) {
    for (let k = 0; k < s.demand.length; k++) {
      demand[k] = (demand[k] as number) + (s.demand[k] as number);
      short[k] = (short[k] as number) + (s.short[k] as number);
      totalCost[k] = (totalCost[k] as number) + (s.totalCost[k] as number);
    }
  }
  const fillRate = demand.map((asked, k) => (asked > 0 ? 1 - (short[k] as number) / asked : 1));
  return {
    paths,
    horizon: Math.max(...series.map((s) => s.horizon)),
    fillRate: spreadOf(fillRate),
    totalCost: spreadOf(totalCost),
  };
}
