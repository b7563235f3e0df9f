/**
 * How many differences a series needs, as in Hyndman & Khandakar (2008) / R's `auto.arima`:
 * ordinary differences by repeated KPSS tests at the 5% level, a seasonal difference when the
 * seasonal strength of a classical decomposition exceeds 0.64 (the rule of R's
 * `nsdiffs(test = "seas")`, here with a moving-average decomposition instead of STL).
 */

/** 5% critical value of the KPSS level-stationarity test (Kwiatkowski et al. 1992, table 1). */
const KPSS_CRITICAL_5 = 0.463;
const SEASONAL_STRENGTH_THRESHOLD = 0.64;
const MAX_D = 2;

function isConstant(x: Float64Array): boolean {
  const first = x[0] ?? 0;
  return x.every((v) => Math.abs(v - first) <= 1e-12 * Math.max(1, Math.abs(first)));
}

export function difference(x: Float64Array, lag: number): Float64Array {
  const out = new Float64Array(Math.max(0, x.length - lag));
  for (let t = 0; t < out.length; t++) out[t] = (x[t + lag] ?? 0) - (x[t] ?? 0);
  return out;
}

/**
 * KPSS statistic for level stationarity: Σ S_t² / (n²·σ̂²), with S the partial sums of the demeaned
 * series and σ̂² the Bartlett-weighted long-run variance over trunc(3√n / 13) lags (the lag rule
 * R's `ndiffs` uses).
 */
export function kpssStatistic(x: Float64Array): number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  const e = x.map((v) => v - mean);
  let partial = 0;
  let sumSquaredPartials = 0;
  let variance = 0;
  for (const v of e) {
    partial += v;
    sumSquaredPartials += partial * partial;
    variance += v * v;
  }
  const lags = Math.trunc((3 * Math.sqrt(n)) / 13);
  let longRun = variance / n;
  for (let l = 1; l <= lags; l++) {
    let autocovariance = 0;
    for (let t = l; t < n; t++) autocovariance += (e[t] ?? 0) * (e[t - l] ?? 0);
    longRun += (2 * (1 - l / (lags + 1)) * autocovariance) / n;
  }
  if (!(longRun > 0)) return 0;
  return sumSquaredPartials / (n * n * longRun);
}

/** Number of ordinary differences (0..2) after which KPSS no longer rejects stationarity. */
export function ndiffs(x: Float64Array): number {
  let current = x;
  let d = 0;
  while (
    d < MAX_D &&
    current.length >= 4 &&
    !isConstant(current) &&
    kpssStatistic(current) > KPSS_CRITICAL_5
  ) {
    current = difference(current, 1);
    d++;
  }
  return d;
}

/** Centred moving average of order m (2×m for even m); NaN where the window does not fit. */
function centredTrend(x: Float64Array, m: number): Float64Array {
  const trend = new Float64Array(x.length).fill(NaN);
  const half = Math.floor(m / 2);
  for (let t = half; t < x.length - half; t++) {
    let sum = 0;
    if (m % 2 === 1) {
      for (let i = -half; i <= half; i++) sum += x[t + i] ?? 0;
      trend[t] = sum / m;
    } else {
      // Even order: half weights on the two ends so the window is centred on t.
      for (let i = -half + 1; i < half; i++) sum += x[t + i] ?? 0;
      sum += 0.5 * ((x[t - half] ?? 0) + (x[t + half] ?? 0));
      trend[t] = sum / m;
    }
  }
  return trend;
}

function variance(values: number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (values.length - 1);
}

/** Seasonal strength max(0, 1 − Var(remainder) / Var(seasonal + remainder)) of a classical additive decomposition. */
export function seasonalStrength(x: Float64Array, m: number): number {
  const trend = centredTrend(x, m);
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  for (let t = 0; t < x.length; t++) {
    const tr = trend[t] ?? NaN;
    if (Number.isNaN(tr)) continue;
    sums[t % m] = (sums[t % m] ?? 0) + (x[t] ?? 0) - tr;
    counts[t % m] = (counts[t % m] ?? 0) + 1;
  }
  const index = sums.map((s, j) => (counts[j] ? s / (counts[j] ?? 1) : 0));
  const centre = index.reduce((a, b) => a + b, 0) / m;
  const detrended: number[] = [];
  const remainder: number[] = [];
  for (let t = 0; t < x.length; t++) {
    const tr = trend[t] ?? NaN;
    if (Number.isNaN(tr)) continue;
    const dt = (x[t] ?? 0) - tr;
    detrended.push(dt);
    remainder.push(dt - ((index[t % m] ?? 0) - centre));
  }
  const total = variance(detrended);
  if (!(total > 0)) return 0;
  return Math.max(0, 1 - variance(remainder) / total);
}

/** 1 when the series is strongly seasonal (needs two full seasons and 1 < m ≤ 52), else 0. */
export function nsdiffs(x: Float64Array, m: number): number {
  if (m <= 1 || m > 52 || x.length < 2 * m || isConstant(x)) return 0;
  return seasonalStrength(x, m) > SEASONAL_STRENGTH_THRESHOLD ? 1 : 0;
}
