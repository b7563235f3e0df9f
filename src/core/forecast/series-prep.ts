/**
 * Helpers the classical models share to get a series ready for fitting: fill NaN (missing or
 * closed periods) so recursions and smoothers see a complete grid, and keep forecasts of sales
 * non-negative.
 */

/** Number of values that are not NaN. */
export function countObserved(y: Float64Array): number {
  let count = 0;
  for (let t = 0; t < y.length; t++) if (!Number.isNaN(y[t] ?? NaN)) count++;
  return count;
}

/** Index of the last value that is not NaN, or -1. */
export function lastObservedIndex(y: Float64Array): number {
  for (let t = y.length - 1; t >= 0; t--) if (!Number.isNaN(y[t] ?? NaN)) return t;
  return -1;
}

/** True when some observed value is below zero (returns, corrections): then forecasts may be too. */
export function hasNegative(y: Float64Array): boolean {
  for (let t = 0; t < y.length; t++) if ((y[t] ?? 0) < 0) return true;
  return false;
}

/** True when every observed value is the same (or none is observed). */
export function isConstant(y: Float64Array): boolean {
  let first = NaN;
  for (let t = 0; t < y.length; t++) {
    const v = y[t] ?? NaN;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) return false;
  }
  return true;
}

/**
 * Linear interpolation between the nearest observed neighbours; leading and trailing gaps take the
 * nearest observed value. A series with no observation becomes zeros.
 */
export function interpolateMissing(y: Float64Array): Float64Array {
  const filled = Float64Array.from(y);
  fillByLinearInterpolation(filled, 0, 1, y.length);
  return filled;
}

/**
 * Fills NaN from the same season: linear interpolation along the values at the same position of the
 * season (the Monday before and after a missing Monday), so a gap keeps the weekly shape. Positions
 * with no observed value at all fall back to plain linear interpolation.
 */
export function fillMissingSeasonal(y: Float64Array, period: number): Float64Array {
  if (period < 2 || y.length < 2 * period) return interpolateMissing(y);
  const filled = Float64Array.from(y);
  for (let phase = 0; phase < period; phase++) {
    const count = Math.ceil((y.length - phase) / period);
    let observedInPhase = 0;
    for (let k = 0; k < count; k++) if (!Number.isNaN(y[phase + k * period] ?? NaN)) observedInPhase++;
    if (observedInPhase > 0) fillByLinearInterpolation(filled, phase, period, count);
  }
  fillByLinearInterpolation(filled, 0, 1, y.length);
  return filled;
}

/** Sets negative forecasts to zero in place when the history has no negative value; returns it. */
export function clampNonNegative(forecast: Float64Array, history: Float64Array): Float64Array {
  if (hasNegative(history)) return forecast;
  for (let h = 0; h < forecast.length; h++) if ((forecast[h] ?? 0) < 0) forecast[h] = 0;
  return forecast;
}

/** Linear interpolation in place over the strided view values[start + k*stride], k < count. */
function fillByLinearInterpolation(values: Float64Array, start: number, stride: number, count: number): void {
  let previous = -1;
  for (let k = 0; k < count; k++) {
    const value = values[start + k * stride] ?? NaN;
    if (Number.isNaN(value)) continue;
    if (previous === -1) {
      for (let j = 0; j < k; j++) values[start + j * stride] = value;
    } else if (k - previous > 1) {
      const from = values[start + previous * stride] ?? 0;
      const slope = (value - from) / (k - previous);
      for (let j = previous + 1; j < k; j++) values[start + j * stride] = from + slope * (j - previous);
    }
    previous = k;
  }
  if (previous === -1) {
    for (let k = 0; k < count; k++) values[start + k * stride] = 0;
    return;
  }
  const last = values[start + previous * stride] ?? 0;
  for (let k = previous + 1; k < count; k++) values[start + k * stride] = last;
}
