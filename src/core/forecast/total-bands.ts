/**
 * The total's distribution (total-distribution.ts) with the ends of every central band the page
 * offers (BAND_LEVELS) worked out ahead, a slice of series at a time: the generator yields after
 * each slice, so the page can build the total of 30,000 series between other work instead of in
 * one long task (docs/architecture.md, "The stored forecast distribution"). The cached answers are
 * the lazy total's own numbers: the same sums over the same series in the same order. Any other
 * probability, or a window other than the whole horizon, is read from the lazy total.
 */
import type { ForecastDistribution } from './distribution';
import { BAND_LEVELS } from './quantile-grid';
import {
  EXACT_WINDOW_SERIES,
  totalDistribution,
  volumeOrder,
  windowOffset,
  type TotalDistribution,
} from './total-distribution';
import type { TotalCalibration } from './total-errors';

/** Both ends of each central band the page offers. */
export const BAND_PROBABILITIES: readonly number[] = BAND_LEVELS.flatMap((level) => [
  (1 - level) / 2,
  (1 + level) / 2,
]);

/**
 * The total of `series` (see totalDistribution), yielding after each `slice` series of work; its
 * return value answers the band ends from what the slices summed.
 */
export function* totalDistributionInSlices(
  series: readonly ForecastDistribution[],
  total: TotalCalibration | null,
  horizon: number,
  slice: number,
): Generator<void, TotalDistribution, void> {
  const lazy = totalDistribution(series, total, horizon);
  const members = series.filter((distribution) => distribution.horizon === horizon);
  const { point, factor } = lazy;
  const bands = BAND_PROBABILITIES.length;
  // Per band end: Σ (q_i − point_i) per period, in member order and rounding as lazy.quantiles sums it.
  const offsets = BAND_PROBABILITIES.map(() => new Float64Array(horizon));
  // Per member and band end: its offsets summed over the horizon, in step order (sumQuantile's `steps`).
  const memberSteps = new Float64Array(members.length * bands);
  const own = new Float64Array(members.length);
  for (let m = 0; m < members.length; m++) {
    const distribution = members[m] as ForecastDistribution;
    let sum = 0;
    for (let step = 0; step < horizon; step++) sum += distribution.point[step] as number;
    own[m] = sum;
    BAND_PROBABILITIES.forEach((p, b) => {
      const q = distribution.quantiles(p);
      const into = offsets[b] as Float64Array;
      let steps = 0;
      for (let step = 0; step < horizon; step++) {
        const value = distribution.point[step] as number;
        into[step] = (into[step] as number) + (q[step] as number) - value;
        steps += (q[step] as number) - value;
      }
      memberSteps[m * bands + b] = steps;
    });
    if ((m + 1) % slice === 0) yield;
  }
  // The horizon's sum, as lazy.sumQuantile(0, horizon, p) adds it: the largest series exactly.
  const byVolume = volumeOrder(members);
  const exact = new Float64Array(bands);
  const exactSteps = new Float64Array(bands);
  const restSteps = new Float64Array(bands);
  for (let rank = 0; rank < byVolume.length; rank++) {
    const m = byVolume[rank] as number;
    const distribution = members[m] as ForecastDistribution;
    for (let b = 0; b < bands; b++) {
      const steps = memberSteps[m * bands + b] as number;
      if (rank < EXACT_WINDOW_SERIES) {
        const windowSum = distribution.sumQuantile(0, horizon, BAND_PROBABILITIES[b] as number);
        exact[b] = (exact[b] as number) + (windowSum - (own[m] as number));
        exactSteps[b] = (exactSteps[b] as number) + steps;
      } else restSteps[b] = (restSteps[b] as number) + steps;
    }
    if (rank < EXACT_WINDOW_SERIES && (rank + 1) % slice === 0) yield;
  }
  let pointSum = 0;
  for (let step = 0; step < horizon; step++) pointSum += point[step] as number;
  const band = (p: number): number => BAND_PROBABILITIES.indexOf(p);
  return {
    horizon,
    point,
    factor,
    // The page reads no single period of the total: from the series each time, as the lazy total.
    quantile: (step, p) => lazy.quantile(step, p),
    quantiles(p) {
      const b = band(p);
      if (b < 0) return lazy.quantiles(p);
      const sums = offsets[b] as Float64Array;
      return Float64Array.from(point, (value, step) => Math.max(0, value + factor * (sums[step] as number)));
    },
    sumQuantile(from, to, p) {
      const b = band(p);
      if (b < 0 || from !== 0 || to !== horizon || horizon === 0) return lazy.sumQuantile(from, to, p);
      const offset = windowOffset(exact[b] as number, exactSteps[b] as number, restSteps[b] as number);
      return Math.max(0, pointSum + factor * offset);
    },
  };
}
