/**
 * MSTL (Bandara, Hyndman & Bergmeir 2021): several seasonal periods peeled off one at a time with
 * STL, shortest first, and refined over two passes, each pass re-estimating one seasonal component
 * with the others removed. Periods the series is too short for (fewer than two full seasons) are left out.
 */
import { stl, type StlOptions } from './stl';

export interface MstlResult {
  /** The periods actually used, ascending. */
  periods: number[];
  /** One seasonal component per used period, same order. */
  seasonals: Float64Array[];
  trend: Float64Array;
  remainder: Float64Array;
}

const PASSES = 2;

/** Decomposes a complete series (no NaN). With no usable period the trend is the series itself. */
export function mstl(y: Float64Array, periods: number[], options: StlOptions = {}): MstlResult {
  const n = y.length;
  const used = [...new Set(periods.map((p) => Math.round(p)))]
    .filter((p) => p >= 2 && n >= 2 * p)
    .sort((a, b) => a - b);
  const seasonals = used.map(() => new Float64Array(n));
  const adjusted = Float64Array.from(y);
  let trend: Float64Array = Float64Array.from(y);
  const passes = used.length > 1 ? PASSES : 1;
  for (let pass = 0; pass < passes; pass++) {
    used.forEach((period, i) => {
      const component = seasonals[i] ?? new Float64Array(n);
      for (let t = 0; t < n; t++) adjusted[t] = (adjusted[t] ?? 0) + (component[t] ?? 0);
      // R's mstl widens the seasonal window for each longer period: 11, 15, 19, …
      const fit = stl(adjusted, period, { seasonalWindow: 11 + 4 * i, ...options });
      component.set(fit.seasonal);
      for (let t = 0; t < n; t++) adjusted[t] = (adjusted[t] ?? 0) - (component[t] ?? 0);
      trend = fit.trend;
    });
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) remainder[t] = (adjusted[t] ?? 0) - (trend[t] ?? 0);
  return { periods: used, seasonals, trend, remainder };
}
