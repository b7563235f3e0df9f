/**
 * The one interval mechanism every model shares: split-conformal prediction per horizon step.
 * Forecast errors on the validation part, divided by the series' scale (its in-sample seasonal-naive
 * MAE) so errors of series of different sizes are comparable and can be pooled, give the quantiles
 * to add to any point forecast. No model has to produce its own intervals.
 */
import type { MaseScale } from '../metrics/mase-scale';

/** 'signed' keeps the skew of the errors (asymmetric bands); 'absolute' gives bands symmetric around the forecast. */
export type ConformalMode = 'signed' | 'absolute';

/** Scaled errors (actual − forecast) / scale, one list per horizon step (index 0 = one step ahead). */
export type StepErrors = number[][];

/** Scaled offsets per horizon step to add to a point forecast (times the scale). */
export interface IntervalCalibration {
  level: number;
  mode: ConformalMode;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
  /** Bounds of the central interval at `level` (e.g. 0.95). */
  lower: Float64Array;
  upper: Float64Array;
  /** Errors the calibration rests on, over all steps. */
  errorCount: number;
}

export interface ForecastQuantiles {
  level: number;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * The scale the future forecast's band is drawn at: the one its calibration's errors were divided
 * by, except for a history without a single sale. That has nothing to size a band by (with the
 * fallback scale of 1, the errors pooled from other items would give it their typical error in
 * units, a band a never-sold item does not have), so its band is the forecast itself.
 */
export function futureIntervalScale(history: ArrayLike<number>, scale: MaseScale): number {
  if (scale.basis !== 'unit') return scale.value;
  for (let t = 0; t < history.length; t++) if ((history[t] as number) > 0) return scale.value;
  return 0;
}

/** Fewest errors a step's quantiles rest on; sparser steps borrow from their neighbours. */
export const MIN_ERRORS_PER_STEP = 20;

export function emptyStepErrors(horizon: number): StepErrors {
  return Array.from({ length: horizon }, () => []);
}

/**
 * Stand-in errors when there is no validation part: in-sample one-step residuals, widened by √step
 * for later steps (as a random walk's errors grow). Cruder than validation errors, but honest about
 * the noise level.
 */
export function residualStepErrors(
  actual: ArrayLike<number>,
  fitted: ArrayLike<number>,
  scale: number,
  horizon: number,
): StepErrors {
  const errors = emptyStepErrors(horizon);
  const n = Math.min(actual.length, fitted.length);
  for (let t = 0; t < n; t++) {
    const residual = ((actual[t] as number) - (fitted[t] as number)) / scale;
    if (!Number.isFinite(residual)) continue;
    for (let step = 0; step < horizon; step++) errors[step]?.push(residual * Math.sqrt(step + 1));
  }
  return errors;
}

/**
 * Scaled errors of several horizon-long forecast windows in one compact array, window after window
 * (window w, step s at index w·horizon + s); NaN where there was no actual. This is what a series
 * hands on so a caller holding many series can pool their errors.
 */
export interface ScaledErrorWindows {
  horizon: number;
  values: Float32Array;
}

/** The scaled errors (actual − forecast) / scale of each window; missing steps stay NaN. */
export function scaledErrorWindows(
  windows: { actual: ArrayLike<number>; forecast: ArrayLike<number> }[],
  scale: number,
  horizon: number,
): ScaledErrorWindows {
  const values = new Float32Array(windows.length * horizon).fill(NaN);
  windows.forEach(({ actual, forecast }, w) => {
    const steps = Math.min(horizon, actual.length, forecast.length);
    for (let step = 0; step < steps; step++) {
      values[w * horizon + step] = ((actual[step] as number) - (forecast[step] as number)) / scale;
    }
  });
  return { horizon, values };
}

/** The finite errors of `windows` gathered per horizon step. */
export function stepErrorsOf(
  windows: ScaledErrorWindows,
  into: StepErrors = emptyStepErrors(windows.horizon),
): StepErrors {
  const { horizon, values } = windows;
  for (let i = 0; i < values.length; i++) {
    const error = values[i] as number;
    if (Number.isFinite(error)) into[i % horizon]?.push(error);
  }
  return into;
}

/**
 * Split-conformal quantile with the finite-sample correction: the ⌈(n+1)p⌉-th smallest error for
 * upper quantiles, the ⌊(n+1)p⌋-th for lower ones, so coverage is at least nominal.
 */
export function conformalQuantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p === 0.5) {
    const middle = (n - 1) / 2;
    return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
  }
  const rank = p > 0.5 ? Math.min(n, Math.ceil((n + 1) * p)) : Math.max(1, Math.floor((n + 1) * p));
  return sorted[rank - 1] as number;
}

/** The errors for one step, widened to neighbouring steps until there are enough. */
function errorsAround(errors: StepErrors, step: number): Float64Array {
  const collected: number[] = [];
  for (let radius = 0; radius < errors.length; radius++) {
    collected.length = 0;
    // A loop, not push(...errors): a catalogue's pooled step can hold more values than a call takes arguments.
    for (let other = step - radius; other <= step + radius; other++) {
      for (const error of errors[other] ?? []) collected.push(error);
    }
    if (collected.length >= MIN_ERRORS_PER_STEP) break;
  }
  return Float64Array.from(collected).sort();
}

/** A calibration over `horizon` steps with every offset and the error count at 0, to fill step by step. */
export function emptyCalibration(horizon: number, level: number, mode: ConformalMode): IntervalCalibration {
  return {
    level,
    mode,
    p10: new Float64Array(horizon),
    p50: new Float64Array(horizon),
    p90: new Float64Array(horizon),
    lower: new Float64Array(horizon),
    upper: new Float64Array(horizon),
    errorCount: 0,
  };
}

/** Sets one step of a 'signed' calibration from the quantile function of that step's errors. */
export function setSignedStep(
  calibration: IntervalCalibration,
  step: number,
  quantile: (p: number) => number,
): void {
  calibration.p10[step] = quantile(0.1);
  calibration.p50[step] = quantile(0.5);
  calibration.p90[step] = quantile(0.9);
  calibration.lower[step] = quantile((1 - calibration.level) / 2);
  calibration.upper[step] = quantile((1 + calibration.level) / 2);
}

/**
 * Sets one step of an 'absolute' calibration: bands symmetric around the forecast, from the 0.8 and
 * `level` quantiles of |error|. p50 stays 0.
 */
export function setSymmetricStep(
  calibration: IntervalCalibration,
  step: number,
  half80: number,
  halfLevel: number,
): void {
  calibration.p10[step] = -half80;
  calibration.p90[step] = half80;
  calibration.lower[step] = -halfLevel;
  calibration.upper[step] = halfLevel;
}

/** Calibrates p10/p50/p90 and the central `level` interval per step from scaled errors. */
export function calibrateIntervals(
  errors: StepErrors,
  level: number,
  mode: ConformalMode = 'signed',
): IntervalCalibration {
  const horizon = errors.length;
  const calibration = emptyCalibration(horizon, level, mode);
  calibration.errorCount = errors.reduce((total, step) => total + step.length, 0);
  for (let step = 0; step < horizon; step++) {
    const sorted = errorsAround(errors, step);
    if (mode === 'signed') {
      setSignedStep(calibration, step, (p) => conformalQuantile(sorted, p));
    } else {
      const absolute = sorted.map(Math.abs).sort();
      setSymmetricStep(
        calibration,
        step,
        conformalQuantile(absolute, 0.8),
        conformalQuantile(absolute, level),
      );
    }
  }
  return calibration;
}

/**
 * Quantiles of a point forecast: point + scale × calibrated offset, per step. Sales cannot be
 * negative, so every quantile is clamped at 0.
 */
export function applyIntervals(
  point: ArrayLike<number>,
  scale: number,
  calibration: IntervalCalibration,
): ForecastQuantiles {
  const horizon = point.length;
  const shift = (offsets: Float64Array): Float64Array => {
    const out = new Float64Array(horizon);
    for (let step = 0; step < horizon; step++) {
      const offset = offsets[Math.min(step, offsets.length - 1)] ?? NaN;
      out[step] = Math.max(0, (point[step] as number) + scale * offset);
    }
    return out;
  };
  return {
    level: calibration.level,
    p10: shift(calibration.p10),
    p50: shift(calibration.p50),
    p90: shift(calibration.p90),
    lower: shift(calibration.lower),
    upper: shift(calibration.upper),
  };
}

export interface Coverage {
  /** Actuals inside [lower, upper]. */
  covered: number;
  /** Actuals scored (NaN ones skipped). */
  count: number;
}

export function intervalCoverage(
  actual: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
): Coverage {
  let covered = 0;
  let count = 0;
  const n = Math.min(actual.length, lower.length, upper.length);
  for (let i = 0; i < n; i++) {
    const value = actual[i] as number;
    if (Number.isNaN(value)) continue;
    count++;
    if (value >= (lower[i] as number) && value <= (upper[i] as number)) covered++;
  }
  return { covered, count };
}
