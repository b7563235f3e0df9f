// The two order-up-to levels the tuned policies are compared with, from the same history:
// the textbook (R, S) with simple exponential smoothing, and the weeks-of-cover rule of thumb.

/** Smoothing weights tried for SES; the one with the least one-step squared error is kept. */
const ALPHAS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/**
 * Simple exponential smoothing: final level and σ of the one-step errors, for the best α on a grid.
 * @param {Float64Array} y history (NaN skipped)
 */
export function simpleExponentialSmoothing(y) {
  const observed = Array.from(y).filter((value) => !Number.isNaN(value));
  let best = { level: observed[0] ?? 0, sigma: 0, sse: Infinity };
  for (const alpha of ALPHAS) {
    let level = observed[0] ?? 0;
    let sse = 0;
    for (let t = 1; t < observed.length; t++) {
      const error = (observed[t] ?? level) - level;
      sse += error * error;
      level += alpha * error;
    }
    if (sse < best.sse) best = { level, sigma: Math.sqrt(sse / Math.max(1, observed.length - 1)), sse };
  }
  return best;
}

/**
 * Textbook (R, S): S = SES level × (L + R) + z·σ·√(L + R), z at the critical ratio p / (p + h).
 * @param {Float64Array} y
 * @param {{ leadTime: number, reviewPeriod: number, holding: number, shortage: number }} settings
 * @param {(p: number) => number} normalQuantile
 */
export function textbookOrderUpTo(y, settings, normalQuantile) {
  const { level, sigma } = simpleExponentialSmoothing(y);
  const cover = settings.leadTime + settings.reviewPeriod;
  const z = normalQuantile(settings.shortage / (settings.shortage + settings.holding));
  return Math.max(0, level * cover + z * sigma * Math.sqrt(cover));
}

/**
 * Weeks of cover: (L + R) × the mean of the last 4 periods, no safety stock.
 * @param {Float64Array} y
 * @param {{ leadTime: number, reviewPeriod: number }} settings
 */
export function naiveOrderUpTo(y, settings) {
  const last = Array.from(y)
    .filter((value) => !Number.isNaN(value))
    .slice(-4);
  const mean = last.length > 0 ? last.reduce((a, b) => a + b, 0) / last.length : 0;
  return (settings.leadTime + settings.reviewPeriod) * mean;
}
