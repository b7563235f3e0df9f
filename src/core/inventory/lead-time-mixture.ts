/**
 * Quantiles of demand over a variable lead time without a normal formula: the distribution of demand
 * over l + r periods is read from the demand distribution for every lead time l the supplier may
 * take, and mixed with the probability of each l (a normal lead time rounded to whole periods, as the
 * simulator draws it). The quantile of the mixture is found by bisection on its distribution function.
 */
import { normalCdf } from '../metrics/normal';
import { coverPeriods } from './protection';
import type { DemandDistribution } from './types';

/** Probability levels at which each lead time's distribution is tabulated. */
const GRID = Float64Array.from({ length: 201 }, (_, k) => Math.min(0.9995, Math.max(0.0005, k / 200)));

/** P(X ≤ x) from a quantile table, linear between tabulated points. */
function cdfFromTable(table: Float64Array, x: number): number {
  if (x < (table[0] as number)) return 0;
  if (x >= (table[table.length - 1] as number)) return 1;
  let low = 0;
  let high = table.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((table[middle] as number) <= x) low = middle;
    else high = middle;
  }
  const a = table[low] as number;
  const b = table[high] as number;
  const weight = b > a ? (x - a) / (b - a) : 1;
  return (GRID[low] as number) + weight * ((GRID[high] as number) - (GRID[low] as number));
}

/** Quantiles at `levels` of the demand an order must cover, L ~ round(N(mean, sd)) within [min, max]. */
export function leadTimeMixtureQuantiles(
  distribution: DemandDistribution,
  review: number,
  lead: { mean: number; sd: number; min: number; max: number },
  levels: readonly number[],
): Float64Array {
  const tables: Float64Array[] = [];
  const weights: number[] = [];
  let totalWeight = 0;
  for (let l = lead.min; l <= lead.max; l++) {
    const weight =
      normalCdf((l + 0.5 - lead.mean) / lead.sd) - (l === 0 ? 0 : normalCdf((l - 0.5 - lead.mean) / lead.sd));
    if (weight <= 0) continue;
    tables.push(GRID.map((p) => distribution.sumQuantile(0, coverPeriods(l, review), p)));
    weights.push(weight);
    totalWeight += weight;
  }
  const mixtureCdf = (x: number): number => {
    let sum = 0;
    for (let i = 0; i < tables.length; i++)
      sum += (weights[i] as number) * cdfFromTable(tables[i] as Float64Array, x);
    return sum / totalWeight;
  };
  let low = Infinity;
  let high = -Infinity;
  for (const table of tables) {
    low = Math.min(low, table[0] as number);
    high = Math.max(high, table[table.length - 1] as number);
  }
  return Float64Array.from(levels, (p) => {
    let a = low;
    let b = high;
    for (let iteration = 0; iteration < 60 && b - a > 1e-9 * Math.max(1, Math.abs(b)); iteration++) {
      const middle = (a + b) / 2;
      if (mixtureCdf(middle) < p) a = middle;
      else b = middle;
    }
    return (a + b) / 2;
  });
}
