/**
 * Classical decomposition by moving averages (as R's `decompose`) and the seasonality test of
 * R's `thetaf`. Used to seed ETS seasonal states and to deseasonalise for Theta.
 */

export type SeasonalKind = 'additive' | 'multiplicative';

/**
 * Seasonal index of each phase 0..period-1 (phase = t mod period) from a complete series (no NaN)
 * of at least two full periods: the mean of (y − trend) or (y / trend) per phase, with a centred
 * moving average of the period as trend, normalised to sum 0 (additive) or average 1 (multiplicative).
 */
export function seasonalIndices(y: Float64Array, period: number, kind: SeasonalKind): Float64Array {
  const n = y.length;
  const trend = centredMovingAverage(y, period);
  const sums = new Float64Array(period);
  const counts = new Float64Array(period);
  for (let t = 0; t < n; t++) {
    const level = trend[t] ?? NaN;
    if (Number.isNaN(level)) continue;
    const value = y[t] ?? 0;
    const detrended = kind === 'additive' ? value - level : level !== 0 ? value / level : NaN;
    if (Number.isNaN(detrended)) continue;
    sums[t % period] = (sums[t % period] ?? 0) + detrended;
    counts[t % period] = (counts[t % period] ?? 0) + 1;
  }
  const neutral = kind === 'additive' ? 0 : 1;
  const indices = new Float64Array(period);
  let total = 0;
  for (let p = 0; p < period; p++) {
    const count = counts[p] ?? 0;
    indices[p] = count > 0 ? (sums[p] ?? 0) / count : neutral;
    total += indices[p] ?? 0;
  }
  const mean = total / period;
  for (let p = 0; p < period; p++) {
    indices[p] = kind === 'additive' ? (indices[p] ?? 0) - mean : mean !== 0 ? (indices[p] ?? 1) / mean : 1;
  }
  return indices;
}

/** Centred moving average of length `period` (2×period for an even period); NaN where the window does not fit. */
export function centredMovingAverage(y: Float64Array, period: number): Float64Array {
  const n = y.length;
  const out = new Float64Array(n).fill(NaN);
  const half = Math.floor(period / 2);
  const even = period % 2 === 0;
  for (let t = half; t < n - half; t++) {
    let sum = 0;
    if (even) {
      sum += 0.5 * ((y[t - half] ?? 0) + (y[t + half] ?? 0));
      for (let k = t - half + 1; k < t + half; k++) sum += y[k] ?? 0;
    } else {
      for (let k = t - half; k <= t + half; k++) sum += y[k] ?? 0;
    }
    out[t] = sum / period;
  }
  return out;
}

/** Sample autocorrelation of a complete series at lags 1..maxLag (index 0 = lag 1). */
export function autocorrelations(y: Float64Array, maxLag: number): Float64Array {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t] ?? 0;
  mean /= n;
  let variance = 0;
  for (let t = 0; t < n; t++) variance += ((y[t] ?? 0) - mean) ** 2;
  const acf = new Float64Array(maxLag);
  if (variance === 0) return acf;
  for (let lag = 1; lag <= maxLag; lag++) {
    let sum = 0;
    for (let t = lag; t < n; t++) sum += ((y[t] ?? 0) - mean) * ((y[t - lag] ?? 0) - mean);
    acf[lag - 1] = sum / variance;
  }
  return acf;
}

/**
 * R's `thetaf` test: seasonal when |ACF at lag m| exceeds 1.64·sqrt((1 + 2·Σ_{k<m} r_k²)/n), the
 * 90% limit under the hypothesis that the autocorrelations beyond the earlier lags are zero.
 * Needs more than two seasons of data and a complete series.
 */
export function isSeasonal(y: Float64Array, period: number): boolean {
  const n = y.length;
  if (period < 2 || n <= 2 * period) return false;
  const acf = autocorrelations(y, period);
  let sumSquares = 0;
  for (let k = 0; k < period - 1; k++) sumSquares += (acf[k] ?? 0) ** 2;
  const limit = (1.64 * Math.sqrt(1 + 2 * sumSquares)) / Math.sqrt(n);
  return Math.abs(acf[period - 1] ?? 0) > limit;
}
