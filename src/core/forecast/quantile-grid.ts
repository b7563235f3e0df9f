/**
 * A forecast's error distribution per horizon step, kept as scaled offsets at a fixed grid of
 * probabilities: quantile p of a future period = point + scale × offset(step, p). The grid holds
 * every level the app shows (50, 80, 90 and 95% bands, p10/p50/p90) exactly, and the tails an
 * inventory service target needs (1–2%, 98–99%); other p are interpolated between grid points.
 */
import { sortedQuantile } from '../metrics/empirical-quantile';
import { normalQuantile } from '../metrics/normal';

export const QUANTILE_PROBS: readonly number[] = [
  0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.975, 0.98, 0.99,
];
const GRID_SIZE = QUANTILE_PROBS.length;

/** The central bands a user can choose (the `interval-level` setting); each end is a grid point. */
export const BAND_LEVELS: readonly number[] = [0.5, 0.8, 0.9, 0.95];

/**
 * Offsets at QUANTILE_PROBS per step (step s, probability i at s · QUANTILE_PROBS.length + i),
 * non-decreasing in p, ≤ 0 up to p = 0.25 and ≥ 0 from p = 0.75 (see shapeGrid).
 */
export interface QuantileGrid {
  horizon: number;
  offsets: Float32Array;
}

/**
 * Makes the offsets a quantile function that keeps the point forecast inside every band the app
 * shows: non-decreasing in p, and bracketing 0 at the 50% band's ends (p25 ≤ 0 ≤ p75). Errors of a
 * biased model can put a whole band on one side of its own forecast; a band that excludes its own
 * forecast confuses a planner and the inventory step alike, so it is widened to reach the forecast.
 */
function shapeGrid(grid: QuantileGrid): QuantileGrid {
  const { offsets } = grid;
  for (let step = 0; step < grid.horizon; step++) {
    const base = step * GRID_SIZE;
    let running = -Infinity;
    for (let i = 0; i < GRID_SIZE; i++) {
      const p = QUANTILE_PROBS[i] as number;
      let value = offsets[base + i] as number;
      if (p <= 0.25) value = Math.min(value, 0);
      if (p >= 0.75) value = Math.max(value, 0);
      running = Math.max(running, value);
      offsets[base + i] = running;
    }
  }
  return grid;
}

/** A grid from a quantile function of each step's scaled errors. */
export function gridFromQuantiles(
  horizon: number,
  quantile: (step: number, p: number) => number,
): QuantileGrid {
  const offsets = new Float32Array(horizon * GRID_SIZE);
  for (let step = 0; step < horizon; step++) {
    QUANTILE_PROBS.forEach((p, i) => (offsets[step * GRID_SIZE + i] = quantile(step, p)));
  }
  return shapeGrid({ horizon, offsets });
}

const Z90 = normalQuantile(0.9);

/**
 * A grid from three known quantiles per step (offsets of p10, p50 and p90 from the point): a normal
 * shape on each side of p50, stretched to pass through p10 and p90 (a two-piece normal). Used where
 * only a series' own band is known (before a run's catalogue calibration, or in a cancelled run).
 */
export function gridFromBand(
  p10: ArrayLike<number>,
  p50: ArrayLike<number>,
  p90: ArrayLike<number>,
): QuantileGrid {
  return gridFromQuantiles(p10.length, (step, p) => {
    const median = p50[step] as number;
    // Distance from the median to p90 (above) or p10 (below), in units of the normal's z(0.9).
    const spread = p < 0.5 ? median - (p10[step] as number) : (p90[step] as number) - median;
    return median + (spread * normalQuantile(p)) / Z90;
  });
}

/** Scaled offset of quantile p at `step`: linear between grid points, the outermost ones beyond. */
export function gridOffset(grid: QuantileGrid, step: number, p: number): number {
  const base = Math.min(step, grid.horizon - 1) * GRID_SIZE;
  const { offsets } = grid;
  if (p <= (QUANTILE_PROBS[0] as number)) return offsets[base] as number;
  for (let i = 1; i < GRID_SIZE; i++) {
    const upper = QUANTILE_PROBS[i] as number;
    if (p > upper) continue;
    const lower = QUANTILE_PROBS[i - 1] as number;
    const weight = (p - lower) / (upper - lower);
    const from = offsets[base + i - 1] as number;
    return from + weight * ((offsets[base + i] as number) - from);
  }
  return offsets[base + GRID_SIZE - 1] as number;
}

/**
 * Per step and probability, the median of several grids (Auto's combination of models takes the
 * median of its members' calibrations). A pointwise median of quantile functions is one again.
 */
export function medianGrid(grids: QuantileGrid[]): QuantileGrid {
  const first = grids[0];
  if (first === undefined) throw new RangeError('medianGrid needs at least one grid');
  if (grids.length === 1) return first;
  const offsets = new Float32Array(first.offsets.length);
  const values = new Float64Array(grids.length);
  for (let i = 0; i < offsets.length; i++) {
    grids.forEach((grid, g) => (values[g] = grid.offsets[i] as number));
    offsets[i] = sortedQuantile(values.sort(), 0.5);
  }
  return { horizon: first.horizon, offsets };
}
