/**
 * The forecast of the total over all series, as a distribution like a series' own
 * (distribution.ts): the point is the sum of the series' points (closed periods are 0 in each), so
 * it equals the sum of the exported forecasts; a quantile is the point plus the series' band
 * offsets summed and scaled by the run's measured factor k (total-errors.ts):
 *
 *   q_total(p) = Σ point_i + k · Σ (q_i(p) − point_i)
 *
 * Additive on the sum scale rather than the point times a relative error: the offsets carry each
 * series' calibrated skew and its closed periods, and k = 1 gives exactly the sum of the series'
 * quantiles (errors that move together fully), the widest a total can honestly be, which is also
 * what is used when the run measured no factor. Each q_i rises with p and k > 0, so the total's
 * quantiles rise with p; each series' 50 % band brackets its point (quantile-grid.ts), so the
 * total's does too, and the point lies inside every central band wherever the median is above 0.
 * Never below 0.
 */
import type { ForecastDistribution } from './distribution';
import type { TotalCalibration } from './total-errors';

/** Series whose window quantiles the total reads exactly (the largest); see sumQuantile. */
export const EXACT_WINDOW_SERIES = 500;

export interface TotalDistribution {
  readonly horizon: number;
  /** Sum of the series' point forecasts per period. */
  readonly point: Float64Array;
  /** The factor used: the run's measured k, or 1 (the series' quantiles summed) without one. */
  readonly factor: number;
  quantile(step: number, p: number): number;
  quantiles(p: number): Float64Array;
  /** Quantile p of the total summed over periods [from, to). */
  sumQuantile(from: number, to: number, p: number): number;
}

/** Member positions, the largest forecast over the horizon (sum of |point|) first, ties in order. */
export function volumeOrder(members: readonly ForecastDistribution[]): number[] {
  return members
    .map((distribution, position) => ({
      position,
      volume: distribution.point.reduce((sum, value) => sum + Math.abs(value), 0),
    }))
    .sort((a, b) => b.volume - a.volume || a.position - b.position)
    .map((entry) => entry.position);
}

/**
 * The series' summed offset from their points over a window (see sumQuantile): the largest series'
 * exact window offsets, plus the rest's summed step offsets times the ratio the exact ones show.
 */
export function windowOffset(exact: number, exactSteps: number, restSteps: number): number {
  const ratio = exactSteps !== 0 ? exact / exactSteps : 1;
  return exact + ratio * restSteps;
}

/** The total of series' distributions of equal horizon (series of another horizon are left out). */
export function totalDistribution(
  series: readonly ForecastDistribution[],
  total: TotalCalibration | null,
  horizon: number,
): TotalDistribution {
  const members = series.filter((distribution) => distribution.horizon === horizon);
  const factor = total?.factor ?? 1;
  const point = new Float64Array(horizon);
  for (const distribution of members) {
    for (let step = 0; step < horizon; step++) {
      point[step] = (point[step] as number) + (distribution.point[step] as number);
    }
  }
  let order: number[] | null = null;
  /** Member positions, largest forecast over the horizon first (computed once). */
  const byVolume = (): number[] => (order ??= volumeOrder(members));
  const pointSum = (from: number, to: number): number => {
    let sum = 0;
    for (let step = from; step < to; step++) sum += point[step] as number;
    return sum;
  };

  const quantiles = (p: number): Float64Array => {
    const offsets = new Float64Array(horizon);
    for (const distribution of members) {
      const q = distribution.quantiles(p);
      for (let step = 0; step < horizon; step++) {
        offsets[step] =
          (offsets[step] as number) + (q[step] as number) - (distribution.point[step] as number);
      }
    }
    return Float64Array.from(point, (value, step) => Math.max(0, value + factor * (offsets[step] as number)));
  };

  return {
    horizon,
    point,
    factor,
    quantile(step, p) {
      let offset = 0;
      for (const distribution of members) {
        offset += distribution.quantile(step, p) - (distribution.point[step] as number);
      }
      return Math.max(0, (point[step] as number) + factor * offset);
    },
    quantiles,
    sumQuantile(from, to, p) {
      if (!(from >= 0 && to <= horizon && from <= to)) {
        throw new RangeError(`Periods ${from}–${to} are outside the ${horizon}-period forecast`);
      }
      // A series' window quantile reads its whole error bank (hundreds of windows × steps): for
      // 30,000 series that is a minute of main thread. Only the largest series get it exactly; the
      // rest take their summed step offsets times the ratio (window offset ÷ summed step offsets)
      // the exact ones show, which depends on the calibration's step dependence, not on the size.
      let exact = 0;
      let exactSteps = 0;
      let restSteps = 0;
      byVolume().forEach((position, rank) => {
        const distribution = members[position] as ForecastDistribution;
        let own = 0;
        let steps = 0;
        for (let step = from; step < to; step++) {
          const value = distribution.point[step] as number;
          own += value;
          steps += distribution.quantile(step, p) - value;
        }
        if (rank < EXACT_WINDOW_SERIES) {
          exact += distribution.sumQuantile(from, to, p) - own;
          exactSteps += steps;
        } else restSteps += steps;
      });
      return Math.max(0, pointSum(from, to) + factor * windowOffset(exact, exactSteps, restSteps));
    },
  };
}
