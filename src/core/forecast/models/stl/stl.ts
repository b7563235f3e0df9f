/**
 * STL: Seasonal-Trend decomposition by Loess (Cleveland, Cleveland, McRae & Terpenning 1990).
 * The inner loop alternates cycle-subseries smoothing (the seasonal) and a trend smoothing; the
 * optional outer loop down-weights outliers with bisquare robustness weights. Defaults follow R's
 * `stl`: seasonal degree 0, trend and low-pass degree 1, windows from the paper's rules.
 */
import { loessSmooth, loessPoint } from './loess';

export interface StlOptions {
  /** Seasonal smoothing window (odd, ≥ 7): larger keeps the seasonal pattern more fixed over the years. */
  seasonalWindow?: number;
  /** Use robustness weights (15 outer passes, 1 inner) rather than 2 plain inner passes. */
  robust?: boolean;
}

export interface StlResult {
  seasonal: Float64Array;
  trend: Float64Array;
  remainder: Float64Array;
}

const nextOdd = (x: number): number => {
  const r = Math.ceil(x);
  return r % 2 === 0 ? r + 1 : r;
};

/** Decomposes a complete series (no NaN) with a season of `period` periods (≥ 2) into seasonal + trend + remainder. */
export function stl(y: Float64Array, period: number, options: StlOptions = {}): StlResult {
  const n = y.length;
  const np = Math.max(2, Math.round(period));
  const ns = Math.max(7, nextOdd(options.seasonalWindow ?? 11));
  const nl = nextOdd(np);
  const nt = nextOdd((1.5 * np) / (1 - 1.5 / ns));
  const inner = options.robust ? 1 : 2;
  const outer = options.robust ? 15 : 0;
  const jumpOf = (window: number): number => Math.ceil(window / 10);

  const seasonal = new Float64Array(n);
  const trend = new Float64Array(n);
  const work = new Float64Array(n);
  const cycle = new Float64Array(n + 2 * np);
  const lowPass = new Float64Array(n);
  let robustness: Float64Array | undefined;

  for (let pass = 0; pass <= outer; pass++) {
    for (let step = 0; step < inner; step++) {
      for (let t = 0; t < n; t++) work[t] = (y[t] ?? 0) - (trend[t] ?? 0);
      smoothCycleSubseries(work, np, ns, robustness, cycle);
      lowPassFilter(cycle, np, nl, jumpOf(nl), lowPass);
      for (let t = 0; t < n; t++) seasonal[t] = (cycle[t + np] ?? 0) - (lowPass[t] ?? 0);
      for (let t = 0; t < n; t++) work[t] = (y[t] ?? 0) - (seasonal[t] ?? 0);
      loessSmooth(work, nt, 1, jumpOf(nt), robustness, trend);
    }
    if (pass < outer) robustness = robustnessWeights(y, seasonal, trend);
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) remainder[t] = (y[t] ?? 0) - (seasonal[t] ?? 0) - (trend[t] ?? 0);
  return { seasonal, trend, remainder };
}

/**
 * Smooths each cycle-subseries (all Januaries, all Februaries, …) with loess of degree 0 and
 * extends it by one period at each end. `out` (length n + 2·period) holds value t at index t + period.
 */
function smoothCycleSubseries(
  detrended: Float64Array,
  period: number,
  window: number,
  robustness: Float64Array | undefined,
  out: Float64Array,
): void {
  const n = detrended.length;
  const longest = Math.ceil(n / period);
  const sub = new Float64Array(longest);
  const subWeights = robustness ? new Float64Array(longest) : undefined;
  const smoothed = new Float64Array(longest);
  const weights = new Float64Array(Math.min(window, longest) + 1);
  const jump = Math.ceil(window / 10);
  for (let phase = 0; phase < period; phase++) {
    const length = Math.ceil((n - phase) / period);
    if (length === 0) continue;
    const values = sub.subarray(0, length);
    for (let j = 0; j < length; j++) values[j] = detrended[phase + j * period] ?? 0;
    const w = subWeights?.subarray(0, length);
    if (w && robustness) for (let j = 0; j < length; j++) w[j] = robustness[phase + j * period] ?? 1;
    const fit = smoothed.subarray(0, length);
    loessSmooth(values, window, 0, jump, w, fit);
    for (let j = 0; j < length; j++) out[phase + (j + 1) * period] = fit[j] ?? 0;

    // One extra value before the first and after the last of the subseries.
    const q = Math.min(window, length);
    const extra = window > length ? Math.floor((window - length) / 2) : 0;
    const before = loessPoint(values, 0, 1, q, q + extra, 0, w, weights);
    out[phase] = Number.isNaN(before) ? (fit[0] ?? 0) : before;
    const after = loessPoint(values, length + 1, length - q + 1, length, q + extra, 0, w, weights);
    out[phase + (length + 1) * period] = Number.isNaN(after) ? (fit[length - 1] ?? 0) : after;
  }
}

/** Moving averages of lengths period, period, 3, then loess: the low-frequency part the seasonal must not keep. */
function lowPassFilter(
  cycle: Float64Array,
  period: number,
  window: number,
  jump: number,
  out: Float64Array,
): void {
  const first = movingAverage(cycle, period);
  const second = movingAverage(first, period);
  const third = movingAverage(second, 3);
  loessSmooth(third, window, 1, jump, undefined, out);
}

function movingAverage(x: Float64Array, length: number): Float64Array {
  const out = new Float64Array(x.length - length + 1);
  let sum = 0;
  for (let i = 0; i < length; i++) sum += x[i] ?? 0;
  out[0] = sum / length;
  for (let i = length; i < x.length; i++) {
    sum += (x[i] ?? 0) - (x[i - length] ?? 0);
    out[i - length + 1] = sum / length;
  }
  return out;
}

/** Bisquare weights of the remainders scaled by six times their median absolute value. */
function robustnessWeights(y: Float64Array, seasonal: Float64Array, trend: Float64Array): Float64Array {
  const n = y.length;
  const absolute = new Float64Array(n);
  for (let t = 0; t < n; t++) absolute[t] = Math.abs((y[t] ?? 0) - (seasonal[t] ?? 0) - (trend[t] ?? 0));
  const sorted = Float64Array.from(absolute).sort();
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[middle] ?? 0) : 0.5 * ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0));
  const h = 6 * median;
  const weights = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const u = h > 0 ? (absolute[t] ?? 0) / h : 0;
    weights[t] = u <= 0.001 ? 1 : u <= 0.999 ? (1 - u * u) ** 2 : 0;
  }
  return weights;
}
