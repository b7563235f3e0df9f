/**
 * A demand distribution built from a point forecast and the errors the same model made from earlier
 * origins (actual − forecast, step by step over the horizon). Quantiles of demand over a window are
 * the point sum plus the empirical quantile of the summed errors of that window, so intermittent and
 * skewed demand keeps its own shape: no normal formula is involved. With too few error paths the
 * distribution falls back to the sums of past demand over windows of the same length.
 */
import { mulberry32 } from '../metrics/seeded-random';
import { sortedQuantile } from '../metrics/empirical-quantile';
import type { DemandDistribution } from './types';

/** Error paths below this count give quantiles too coarse for a 95 % level; history is used instead. */
export const MIN_ERROR_PATHS = 10;

/** Forecast errors from earlier origins: `count` paths of `horizon` steps, path after path. */
export interface ErrorPaths {
  values: Float64Array;
  count: number;
  horizon: number;
}

export interface EmpiricalDistribution extends DemandDistribution {
  /** True when the quantiles come from past demand, not from forecast errors. */
  readonly fromHistory: boolean;
}

/** Every sum of `width` consecutive values of `history` (NaN counted as 0), sorted. */
function sortedWindowSums(history: Float64Array, width: number): Float64Array {
  const count = history.length - width + 1;
  if (count <= 0) return new Float64Array(0);
  const sums = new Float64Array(count);
  let sum = 0;
  for (let t = 0; t < history.length; t++) {
    sum += Number.isNaN(history[t] as number) ? 0 : (history[t] as number);
    if (t >= width) sum -= Number.isNaN(history[t - width] as number) ? 0 : (history[t - width] as number);
    if (t >= width - 1) sums[t - width + 1] = sum;
  }
  return sums.sort();
}

export function empiricalDistribution(
  point: Float64Array,
  errors: ErrorPaths,
  history: Float64Array,
): EmpiricalDistribution {
  const fromHistory = errors.count < MIN_ERROR_PATHS;
  const sorted = new Map<number, Float64Array>();
  const pointSum = (from: number, to: number): number => {
    let sum = 0;
    for (let j = from; j < to; j++) sum += point[j] as number;
    return sum;
  };
  const sortedErrorSums = (from: number, to: number): Float64Array => {
    const sums = new Float64Array(errors.count);
    for (let k = 0; k < errors.count; k++) {
      let sum = 0;
      for (let j = from; j < to; j++) sum += errors.values[k * errors.horizon + j] as number;
      sums[k] = sum;
    }
    return sums.sort();
  };
  return {
    point,
    fromHistory,
    sumQuantile(from, to, p) {
      if (to <= from) return 0;
      const key = from * 100_003 + to;
      let sums = sorted.get(key);
      if (sums === undefined) {
        sums = fromHistory ? sortedWindowSums(history, to - from) : sortedErrorSums(from, to);
        sorted.set(key, sums);
      }
      if (sums.length === 0) return pointSum(from, to);
      const offset = fromHistory ? 0 : pointSum(from, to);
      return Math.max(0, offset + sortedQuantile(sums, p));
    },
    samplePaths(count, seed) {
      const horizon = point.length;
      const uniform = mulberry32(seed);
      const paths = new Float64Array(count * horizon);
      for (let path = 0; path < count; path++) {
        if (!fromHistory) {
          // One origin's whole error path keeps the errors' correlation over the horizon.
          const origin = Math.floor(uniform() * errors.count);
          for (let j = 0; j < horizon; j++) {
            const error = j < errors.horizon ? (errors.values[origin * errors.horizon + j] as number) : 0;
            paths[path * horizon + j] = Math.max(0, (point[j] as number) + error);
          }
        } else if (history.length >= horizon && history.length > 0) {
          const start = Math.floor(uniform() * (history.length - horizon + 1));
          for (let j = 0; j < horizon; j++) {
            const value = history[start + j] as number;
            paths[path * horizon + j] = Number.isNaN(value) ? 0 : value;
          }
        } else {
          for (let j = 0; j < horizon; j++) {
            const value =
              history.length > 0 ? (history[Math.floor(uniform() * history.length)] as number) : NaN;
            paths[path * horizon + j] = Number.isNaN(value) ? (point[j] as number) : value;
          }
        }
      }
      return paths;
    },
  };
}
