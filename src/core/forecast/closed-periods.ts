/**
 * Future periods the user's plan says cannot sell (a store closed on a holiday, an item delisted):
 * whatever a model expects, nothing will be sold, so the forecast and every quantile are 0 there.
 * Models still see the periods (their calendar stays regular); only their output is closed.
 */
import type { ForecastQuantiles } from './intervals';

/** A copy of `values` with the closed steps set to 0 (the input is not changed). */
export function closeFuture(values: Float64Array, closed: Uint8Array | undefined): Float64Array {
  if (closed === undefined) return values;
  const out = values.slice();
  for (let step = 0; step < out.length; step++) if (closed[step] === 1) out[step] = 0;
  return out;
}

/** The quantiles with every band closed at the same steps. */
export function closeQuantiles(
  quantiles: ForecastQuantiles,
  closed: Uint8Array | undefined,
): ForecastQuantiles {
  if (closed === undefined) return quantiles;
  return {
    level: quantiles.level,
    p10: closeFuture(quantiles.p10, closed),
    p50: closeFuture(quantiles.p50, closed),
    p90: closeFuture(quantiles.p90, closed),
    lower: closeFuture(quantiles.lower, closed),
    upper: closeFuture(quantiles.upper, closed),
  };
}

/** How many of the first `horizon` future periods are closed. */
export function closedCount(closed: Uint8Array | undefined, horizon: number): number {
  if (closed === undefined) return 0;
  let count = 0;
  for (let step = 0; step < Math.min(horizon, closed.length); step++) count += closed[step] === 1 ? 1 : 0;
  return count;
}
