/**
 * The levels every candidate could use at each review of a replay, computed once per series: the
 * quantiles of demand over both protection intervals at every tabulated level, the mean demand per
 * period (for the EOQ) and the naive rule's level. Each review reads a distribution made with the data
 * up to and including its period only.
 */
import { leadTimeMixtureQuantiles } from './lead-time-mixture';
import { naiveOrderUpTo } from './naive-rule';
import { coverPeriods, leadTimeSupport, protectionPeriods } from './protection';
import type { DemandDistribution, InventorySettings } from './types';

export interface ReviewLevels {
  levels: readonly number[];
  /** Per level, per review: quantile of the demand an order must cover when reviewed every R periods. */
  cycle: Float64Array[];
  /** Per level, per review: the same for policies reviewed every period. */
  period: Float64Array[];
  /** Mean forecast demand per period over the periodic cover. */
  meanDemand: Float64Array;
  naiveUpTo: Float64Array;
}

function quantiles(
  distribution: DemandDistribution,
  review: number,
  settings: InventorySettings,
  levels: readonly number[],
): Float64Array {
  if (settings.leadTimeSd > 0) {
    const support = leadTimeSupport(settings);
    return leadTimeMixtureQuantiles(
      distribution,
      review,
      { mean: settings.leadTime, sd: settings.leadTimeSd, ...support },
      levels,
    );
  }
  return Float64Array.from(levels, (p) =>
    distribution.sumQuantile(0, coverPeriods(settings.leadTime, review), p),
  );
}

/**
 * Levels for the reviews at periods [from, to) of `demand`: `distributionAt(t)` covers the periods
 * from t on, so the review at the end of period t reads distributionAt(t + 1). Null (a series too short
 * to forecast) leaves only the naive rule.
 */
export function buildReviewLevels(
  demand: Float64Array,
  distributionAt: ((t: number) => DemandDistribution) | null,
  settings: InventorySettings,
  levels: readonly number[],
  from: number,
  to: number,
): ReviewLevels {
  const periods = to - from;
  const cycle = levels.map(() => new Float64Array(periods).fill(NaN));
  const sameInterval = settings.reviewPeriod === 1;
  const period = sameInterval ? cycle : levels.map(() => new Float64Array(periods).fill(NaN));
  const meanDemand = new Float64Array(periods).fill(NaN);
  const naiveUpTo = new Float64Array(periods);
  const window = protectionPeriods('RS', settings);
  for (let i = 0; i < periods; i++) {
    naiveUpTo[i] = naiveOrderUpTo(demand, from + i + 1, settings);
    if (distributionAt === null) continue;
    const distribution = distributionAt(from + i + 1);
    let sum = 0;
    for (let j = 0; j < window; j++) sum += distribution.point[j] as number;
    meanDemand[i] = sum / window;
    const every = quantiles(distribution, 1, settings, levels);
    const cycleQuantiles = sameInterval
      ? every
      : quantiles(distribution, settings.reviewPeriod, settings, levels);
    for (let k = 0; k < levels.length; k++) {
      (cycle[k] as Float64Array)[i] = cycleQuantiles[k] as number;
      (period[k] as Float64Array)[i] = every[k] as number;
    }
  }
  return { levels, cycle, period, meanDemand, naiveUpTo };
}
