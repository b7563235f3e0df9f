/**
 * Each window is scaled by its own input part, so one network serves series selling 2 and 2,000
 * units a week: centre = median of the lookback's sales, scale = their median absolute deviation.
 */

export interface WindowScale {
  center: number;
  scale: number;
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Robust centre and scale of the non-NaN values. A MAD of 0 (intermittent or flat sales) falls
 * back to the mean absolute value; where that is 0 too (no sales in the lookback, or no values),
 * to `fallbackScale` — the window builder passes the series' own mean absolute sales before the
 * window, so a dormant window is scaled in the series' units, not in a unit of 1 that means a
 * thousand to one file and a gram to another — and that to 1, so scaling never divides by zero.
 * No values: centre 0.
 */
export function robustWindowScale(
  values: ArrayLike<number>,
  fallbackScale: () => number = () => 1,
): WindowScale {
  const present: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) present.push(v);
  }
  const fallback = (): number => {
    const scale = fallbackScale();
    return scale > 0 ? scale : 1;
  };
  if (present.length === 0) return { center: 0, scale: fallback() };
  const sorted = Float64Array.from(present).sort();
  const center = median(sorted);
  const deviations = sorted.map((v) => Math.abs(v - center)).sort();
  const mad = median(deviations);
  if (mad > 0) return { center, scale: mad };
  let absSum = 0;
  for (const v of present) absSum += Math.abs(v);
  const meanAbs = absSum / present.length;
  return { center, scale: meanAbs > 0 ? meanAbs : fallback() };
}
