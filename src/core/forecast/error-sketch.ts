/**
 * A mergeable summary of scaled forecast errors per horizon step: a fixed histogram whose bins are
 * even on an asinh scale (about 1.6% wide relative to the value for |error| above 0.01, finer
 * near 0). Counts only add up, so sketches built by different workers in any order merge into the
 * same sketch, and quantiles read from it do not depend on pool size or order. This is what lets
 * a pool of workers calibrate intervals over a catalogue of 30,000 series without holding every
 * series' errors in one place.
 */
import { MIN_ERRORS_PER_STEP, type ScaledErrorWindows } from './intervals';

/** Errors are divided by UNIT before asinh: below it bins are even in absolute terms. */
const UNIT = 0.01;
/** Bins per unit of asinh(error / UNIT). */
const BINS_PER_UNIT = 64;
/** asinh(error / UNIT) is clamped to ±RANGE: |scaled error| up to about 16,000. */
const RANGE = 15;
const HALF = RANGE * BINS_PER_UNIT;
/** Bins per horizon step: HALF negative, one at 0, HALF positive. */
export const SKETCH_BINS = 2 * HALF + 1;

export interface ErrorSketch {
  horizon: number;
  /** horizon × SKETCH_BINS counts; step s, bin b at s·SKETCH_BINS + b. */
  counts: Uint32Array;
}

/** The bin a scaled error falls in (clamped to the outermost bins). */
export function sketchBin(error: number): number {
  const position = Math.round(Math.asinh(error / UNIT) * BINS_PER_UNIT);
  return Math.min(2 * HALF, Math.max(0, position + HALF));
}

/** The value a bin stands for (its centre on the asinh scale). */
export function binValue(bin: number): number {
  return UNIT * Math.sinh((bin - HALF) / BINS_PER_UNIT);
}

export function createErrorSketch(horizon: number): ErrorSketch {
  return { horizon, counts: new Uint32Array(horizon * SKETCH_BINS) };
}

/** Adds the finite errors of some forecast windows (window after window, as ScaledErrorWindows holds them). */
export function addErrorWindows(sketch: ErrorSketch, windows: ScaledErrorWindows): void {
  const { horizon, values } = windows;
  const steps = Math.min(horizon, sketch.horizon);
  for (let i = 0; i < values.length; i++) {
    const step = i % horizon;
    const error = values[i] as number;
    if (step >= steps || !Number.isFinite(error)) continue;
    const at = step * SKETCH_BINS + sketchBin(error);
    sketch.counts[at] = (sketch.counts[at] as number) + 1;
  }
}

/** Adds `from` into `into`; both must have the same horizon. */
export function mergeErrorSketch(into: ErrorSketch, from: ErrorSketch): void {
  if (into.horizon !== from.horizon) {
    throw new Error(`Cannot merge error sketches of horizons ${into.horizon} and ${from.horizon}`);
  }
  const target = into.counts;
  const source = from.counts;
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) + (source[i] as number);
}

/** Errors recorded at one step. */
export function stepErrorCount(sketch: ErrorSketch, step: number): number {
  let total = 0;
  const start = step * SKETCH_BINS;
  for (let b = 0; b < SKETCH_BINS; b++) total += sketch.counts[start + b] as number;
  return total;
}

/** One step's errors as a histogram, with running totals so a quantile or a rank is one search. */
export interface StepHistogram {
  counts: Float64Array;
  /** Errors in the bins before each bin. */
  below: Float64Array;
  total: number;
}

/**
 * One step's histogram, widened to neighbouring steps until it holds MIN_ERRORS_PER_STEP errors
 * (as calibrateIntervals does with raw errors).
 */
export function stepHistogram(sketch: ErrorSketch, step: number): StepHistogram {
  const counts = new Float64Array(SKETCH_BINS);
  let total = 0;
  const addStep = (other: number): void => {
    if (other < 0 || other >= sketch.horizon) return;
    const start = other * SKETCH_BINS;
    for (let b = 0; b < SKETCH_BINS; b++) {
      const count = sketch.counts[start + b] as number;
      counts[b] = (counts[b] as number) + count;
      total += count;
    }
  };
  addStep(step);
  for (let radius = 1; radius < sketch.horizon && total < MIN_ERRORS_PER_STEP; radius++) {
    addStep(step - radius);
    addStep(step + radius);
  }
  const below = new Float64Array(SKETCH_BINS);
  for (let b = 1; b < SKETCH_BINS; b++) below[b] = (below[b - 1] as number) + (counts[b - 1] as number);
  return { counts, below, total };
}

/** The value of the rank-th smallest error (1-based): the first bin whose running total reaches it. */
function valueAtRank(histogram: StepHistogram, rank: number): number {
  const { counts, below } = histogram;
  let low = 0;
  let high = SKETCH_BINS - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((below[middle] as number) + (counts[middle] as number) >= rank) high = middle;
    else low = middle + 1;
  }
  return binValue(low);
}

/** Split-conformal quantile on a histogram, with the same ranks as conformalQuantile on sorted errors. */
export function histogramQuantile(histogram: StepHistogram, p: number): number {
  const { total } = histogram;
  if (total === 0) return NaN;
  if (p === 0.5) {
    const middle = (total - 1) / 2;
    return (
      (valueAtRank(histogram, Math.floor(middle) + 1) + valueAtRank(histogram, Math.ceil(middle) + 1)) / 2
    );
  }
  const rank =
    p > 0.5 ? Math.min(total, Math.ceil((total + 1) * p)) : Math.max(1, Math.floor((total + 1) * p));
  return valueAtRank(histogram, rank);
}

/**
 * Mid-rank share of the histogram's errors below `error` (errors in its own bin count half), kept
 * inside (0, 1): where in the error distribution one error fell.
 */
export function histogramRank(histogram: StepHistogram, error: number): number {
  const bin = sketchBin(error);
  return (
    ((histogram.below[bin] as number) + (histogram.counts[bin] as number) / 2 + 0.5) / (histogram.total + 1)
  );
}
