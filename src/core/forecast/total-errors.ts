/**
 * The total forecast's own validation errors (the sum over all series), gathered so the run can
 * say how wide the total's band is. The total's band is a quantile of the sum, not the sum of the
 * series' quantiles: series' errors move together in part (a holiday hits every store), so
 * neither independent nor fully dependent (comonotone) summing is right, and how much they move
 * together is measured rather than assumed.
 *
 * What is measured: in the validation part every series has forecasts from rolling origins. For
 * each cell (origin date, step) the worker adds up, over the series with an origin on that date,
 * the forecast error (actual − forecast) and the series' error scale σ (the root mean square of
 * its own validation errors). The ratio
 *
 *   k² = Σ_cells (Σ_i e_i)² / Σ_cells (Σ_i σ_i)²
 *
 * is 1 when all series' errors move together in proportion (the total's error is the sum of the
 * series' errors at full size) and √(Σσ²)/Σσ when they are independent; k scales the sum of the
 * series' band offsets down to the total's (total-distribution.ts).
 *
 * Why a factor and not the quantiles of the total's relative errors directly: a series has at most
 * four validation origins (split.ts), so a run sees four totals per step and four horizon sums,
 * too few to read a 10th or 90th percentile from. The factor pools every (origin, step) cell, and
 * the shape of the band (its skew, how steps move together over a window, closed periods) stays
 * the series' calibrated one. Reading the same k for a window sum as for a single step assumes the
 * errors' correlation across series and across steps separate (corr(e_is, e_jt) = R_ij · S_st);
 * under that assumption the factor is exactly the same for both.
 *
 * Alignment: cells are keyed by the origin's date, so series of equal length share cells and series
 * that end on different dates only share cells where their origins fall on the same date. Every
 * cell compares the total error of the series in it with the same series' σ, so a cell with a
 * subset of the catalogue still measures correctly; cells with a single series say nothing about
 * dependence (their ratio is 1 by construction) and are left out.
 */

import { addExact, exactValue, mergeExact, type ExactSum } from '../metrics/exact-sum';

export interface TotalErrorCells {
  horizon: number;
  /**
   * Per origin date (day number, as a string key): Σ errors, Σ σ and series count per step. The
   * sums are exact (exact-sum.ts), so the factor does not depend on how a run's series were split
   * over its workers.
   */
  cells: Record<string, { errors: ExactSum[]; scales: ExactSum[]; counts: Int32Array }>;
}

export function createTotalErrors(horizon: number): TotalErrorCells {
  return { horizon, cells: {} };
}

/** One validation forecast of a series: the origin's date, its forecasts and the actuals. */
export interface ValidationWindow {
  originDate: number;
  forecast: ArrayLike<number>;
  actual: ArrayLike<number>;
}

function cellOf(errors: TotalErrorCells, originDate: number) {
  const key = String(originDate);
  const horizon = errors.horizon;
  return (errors.cells[key] ??= {
    errors: Array.from({ length: horizon }, () => []),
    scales: Array.from({ length: horizon }, () => []),
    counts: new Int32Array(horizon),
  });
}

/**
 * Adds one series' validation windows. Periods without an actual (NaN: past the end, not
 * selling) are left out of the series' σ and its cells; a series whose σ is 0 (every validation
 * forecast exact, e.g. a series that never sold) adds nothing.
 */
export function addTotalErrors(errors: TotalErrorCells, windows: readonly ValidationWindow[]): void {
  const horizon = errors.horizon;
  let squares = 0;
  let count = 0;
  for (const validation of windows) {
    for (let step = 0; step < horizon; step++) {
      const error = (validation.actual[step] as number) - (validation.forecast[step] as number);
      if (!Number.isFinite(error)) continue;
      squares += error * error;
      count++;
    }
  }
  if (count === 0 || squares === 0) return;
  const sigma = Math.sqrt(squares / count);
  for (const validation of windows) {
    const cell = cellOf(errors, validation.originDate);
    for (let step = 0; step < horizon; step++) {
      const error = (validation.actual[step] as number) - (validation.forecast[step] as number);
      if (!Number.isFinite(error)) continue;
      addExact(cell.errors[step] as ExactSum, error);
      addExact(cell.scales[step] as ExactSum, sigma);
      cell.counts[step] = (cell.counts[step] as number) + 1;
    }
  }
}

/** Adds `from` into `into`; the result does not depend on the order of merging. */
export function mergeTotalErrors(into: TotalErrorCells, from: TotalErrorCells): void {
  if (from.horizon !== into.horizon) return;
  for (const [key, source] of Object.entries(from.cells)) {
    const cell = cellOf(into, Number(key));
    for (let step = 0; step < into.horizon; step++) {
      mergeExact(cell.errors[step] as ExactSum, source.errors[step] as ExactSum);
      mergeExact(cell.scales[step] as ExactSum, source.scales[step] as ExactSum);
      cell.counts[step] = (cell.counts[step] as number) + (source.counts[step] as number);
    }
  }
}

/** How the series' errors add up in the total, as stored with the run's calibration. */
export interface TotalCalibration {
  /**
   * k in (0, 1]: the total's error scale over the sum of the series' error scales (1: they move
   * together fully; about 1/√n for n independent series of equal size).
   */
  factor: number;
  /** (origin date, step) cells with at least two series the factor rests on. */
  cells: number;
}

/** The factor from the merged cells; null when no cell holds two series (nothing to measure). */
export function calibrateTotal(errors: TotalErrorCells): TotalCalibration | null {
  let totalSquares = 0;
  let scaleSquares = 0;
  let cells = 0;
  // Cells in date order: the sums of squares are then summed in the same order on every run.
  const keys = Object.keys(errors.cells).sort((a, b) => Number(a) - Number(b));
  for (const key of keys) {
    const cell = errors.cells[key] as TotalErrorCells['cells'][string];
    for (let step = 0; step < errors.horizon; step++) {
      if ((cell.counts[step] as number) < 2) continue;
      totalSquares += exactValue(cell.errors[step] as ExactSum) ** 2;
      scaleSquares += exactValue(cell.scales[step] as ExactSum) ** 2;
      cells++;
    }
  }
  if (cells === 0 || !(scaleSquares > 0)) return null;
  // Above 1 only by chance (a total error larger than every series erring fully together): capped.
  const factor = Math.min(1, Math.sqrt(totalSquares / scaleSquares));
  return factor > 0 ? { factor, cells } : null;
}
