/**
 * The order list's levels are held fixed until the next plan (an outside replay holds them over the
 * whole forecast horizon), so they must suit every period of the horizon, not only the first: a first
 * period that is a closed day or a quiet weekday would set them far too low for the rest. This view
 * of a distribution answers the quantile of a sum over a window as the mean of that quantile over
 * every start in the horizon: the level at which the average window meets the target (exact when
 * demand only shifts in level from period to period). Its point forecast is the horizon's mean, for
 * the EOQ. The backtest does not use it: there each review re-forecasts from its own period.
 */
import type { DemandDistribution } from './types';

export function horizonAveraged(distribution: DemandDistribution): DemandDistribution {
  const horizon = distribution.point.length;
  const mean = distribution.point.reduce((sum, value) => sum + value, 0) / Math.max(1, horizon);
  return {
    point: new Float64Array(horizon).fill(mean),
    sumQuantile(from, to, p) {
      const width = to - from;
      const lastStart = horizon - width;
      if (lastStart <= from) return distribution.sumQuantile(from, to, p);
      let sum = 0;
      for (let start = from; start <= lastStart; start++)
        sum += distribution.sumQuantile(start, start + width, p);
      return sum / (lastStart - from + 1);
    },
    samplePaths: (count, seed) => distribution.samplePaths(count, seed),
  };
}
