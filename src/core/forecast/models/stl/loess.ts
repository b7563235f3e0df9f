/**
 * The local regression STL is built from (Cleveland et al. 1990, §2): at each point, a weighted
 * fit (constant or straight line) over the q nearest points with tricube weights, optionally times
 * robustness weights. Positions are 1-based as in the paper; fits may be evaluated just outside
 * the data (positions 0 and n + 1) to extend the cycle-subseries.
 */

/**
 * Smoothed value at position `at` of y[0..n-1] (position j holds y[j − 1]), from the points in
 * positions [left, right]. `bandwidth` is the distance at which weights reach zero. Returns NaN when
 * every weight is zero (the caller keeps the data value).
 */
export function loessPoint(
  y: Float64Array,
  at: number,
  left: number,
  right: number,
  bandwidth: number,
  degree: 0 | 1,
  robustness: Float64Array | undefined,
  weights: Float64Array,
): number {
  const upper = 0.999 * bandwidth;
  const lower = 0.001 * bandwidth;
  let total = 0;
  for (let j = left; j <= right; j++) {
    const distance = Math.abs(j - at);
    let w = 0;
    if (distance <= upper) {
      if (distance <= lower) w = 1;
      else {
        const u = distance / bandwidth;
        const v = 1 - u * u * u;
        w = v * v * v;
      }
      if (robustness) w *= robustness[j - 1] ?? 1;
    }
    weights[j - left] = w;
    total += w;
  }
  if (total <= 0) return NaN;
  for (let j = left; j <= right; j++) weights[j - left] = (weights[j - left] ?? 0) / total;

  if (degree === 1 && bandwidth > 0) {
    // Straight line through the weighted points, evaluated at `at`, folded into the weights.
    let centre = 0;
    for (let j = left; j <= right; j++) centre += (weights[j - left] ?? 0) * j;
    let spread = 0;
    for (let j = left; j <= right; j++) spread += (weights[j - left] ?? 0) * (j - centre) ** 2;
    if (Math.sqrt(spread) > 0.001 * (right - left)) {
      const slope = (at - centre) / spread;
      for (let j = left; j <= right; j++)
        weights[j - left] = (weights[j - left] ?? 0) * (slope * (j - centre) + 1);
    }
  }
  let value = 0;
  for (let j = left; j <= right; j++) value += (weights[j - left] ?? 0) * (y[j - 1] ?? 0);
  return value;
}

/**
 * Loess of y (length n) with a window of q points, evaluated at every `jump`-th position (and the
 * last) and linearly interpolated between them, written to `out` (length n).
 */
export function loessSmooth(
  y: Float64Array,
  q: number,
  degree: 0 | 1,
  jump: number,
  robustness: Float64Array | undefined,
  out: Float64Array,
): void {
  const n = y.length;
  if (n === 0) return;
  if (n === 1) {
    out[0] = y[0] ?? 0;
    return;
  }
  const weights = new Float64Array(Math.min(q, n) + 1);
  const step = Math.max(1, Math.min(jump, n - 1));
  const extra = q > n ? Math.floor((q - n) / 2) : 0;
  let left = 1;
  let right = Math.min(q, n);
  let previous = -1;
  for (let i = 1; i <= n; i += step) {
    smoothAt(i);
    if (previous > 0 && i - previous > 1) interpolate(previous, i);
    previous = i;
  }
  if (previous !== n) {
    smoothAt(n);
    interpolate(previous, n);
  }

  function smoothAt(i: number): void {
    if (q < n) {
      // Slide the window of q points so that i sits as centrally as the ends allow.
      while (right < n && i - left > right + 1 - i) {
        left++;
        right++;
      }
    }
    const bandwidth = Math.max(i - left, right - i) + extra;
    const value = loessPoint(y, i, left, right, bandwidth, degree, robustness, weights);
    out[i - 1] = Number.isNaN(value) ? (y[i - 1] ?? 0) : value;
  }

  function interpolate(from: number, to: number): void {
    const a = out[from - 1] ?? 0;
    const slope = ((out[to - 1] ?? 0) - a) / (to - from);
    for (let j = from + 1; j < to; j++) out[j - 1] = a + slope * (j - from);
  }
}
