/**
 * The log-linear form of AR-X: log sales on lagged log sales, log prices and the 0/1 regressors, so
 * that a price change or a promotion moves sales by a factor (an elasticity, a lift) rather than by
 * a fixed number of units, which is how retail demand answers them.
 *
 * Zeros: sales enter as log(y + c). For whole-number sales (units) c = 1, the usual log1p; for
 * other data c is 1 % of the mean level, so a zero sits about as far below the level as a zero unit
 * does below a level of 100 units, whatever the data's units.
 *
 * Back to sales: exp of a log forecast is the median, not the mean, of what it forecasts. The mean
 * is exp(ẑ)·E[exp(e)] − c, with E[exp(e)] taken from the fit's own residuals (Duan's smearing
 * estimate: no normality assumed). An h-step forecast's log error is the one-step error spread by
 * the AR recursion, Σψ²-fold in variance, so the residuals are scaled by √Σψ² for step h.
 */
import type { RegressorColumn } from './arx-features';
import { impulseResponse } from './arx-stability';

/** Share of the mean level used as the offset for sales that are not whole numbers. */
const OFFSET_SHARE = 0.01;

/** The offset c of log(y + c); NaN when the log form does not apply (negative values, or no positive one). */
export function logOffset(y: Float64Array): number {
  let sum = 0;
  let count = 0;
  let whole = true;
  for (const v of y) {
    if (Number.isNaN(v)) continue;
    if (v < 0) return NaN;
    sum += v;
    count++;
    if (!Number.isInteger(v)) whole = false;
  }
  if (sum <= 0) return NaN;
  return whole ? 1 : (OFFSET_SHARE * sum) / count;
}

/** log(y + c) per period (NaN stays NaN; a negative value, seen only after the fit, counts as 0). */
export function toLogScale(y: Float64Array, offset: number): Float64Array {
  return y.map((v) => (Number.isNaN(v) ? v : Math.log(Math.max(v, 0) + offset)));
}

/**
 * 2·Σ log(y_t + c) over the target periods: what turns an AICc of log sales into one of sales (the
 * log of the transform's Jacobian), so the AICc the log form reports is on the additive form's scale.
 */
export function jacobianPenalty(y: Float64Array, targets: number[], offset: number): number {
  let sum = 0;
  for (const t of targets) sum += Math.log(Math.max(y[t] ?? 0, 0) + offset);
  return 2 * sum;
}

/**
 * The numeric regressors (prices) that enter the log form as logs, with the smallest value each
 * took in the history: those whose history is positive throughout. A later value below that floor
 * (a price of 0 in a plan) is read as the floor.
 */
export function logRegressorFloors(
  regressors: RegressorColumn[],
  historyLength: number,
): Map<string, number> {
  const floors = new Map<string, number>();
  for (const regressor of regressors) {
    if (!regressor.numeric) continue;
    const history = regressor.values.subarray(0, historyLength);
    const smallest = history.reduce((low, v) => Math.min(low, v), Infinity);
    if (smallest > 0 && Number.isFinite(smallest)) floors.set(regressor.name, smallest);
  }
  return floors;
}

/** The log of a regressor's values, floored as logRegressorFloors says. */
export function logRegressor(values: Float64Array, floor: number): Float64Array {
  return values.map((v) => Math.log(Math.max(v, floor)));
}

/**
 * Smearing factors E[exp(√v_h·e)] for steps 1..horizon, where e are the one-step log residuals and
 * v_h = Σ_{j<h} ψ_j² from the lag coefficients. v_h·σ² is capped at the variance of the log series
 * itself: a forecast h steps out is never less certain than knowing nothing about the recent past.
 */
export function smearingFactors(
  residuals: Float64Array,
  lagCoefficients: ReadonlyMap<number, number>,
  logVariance: number,
  horizon: number,
): Float64Array {
  const sigma2 = residuals.reduce((sum, e) => sum + e * e, 0) / Math.max(1, residuals.length);
  const cap = sigma2 > 0 ? Math.max(1, logVariance / sigma2) : 1;
  const psi = impulseResponse(lagCoefficients, horizon);
  const factors = new Float64Array(horizon);
  let spread = 0;
  for (let h = 0; h < horizon; h++) {
    const weight = psi[h] as number;
    spread = Math.min(cap, spread + weight * weight);
    const scale = Math.sqrt(spread);
    let sum = 0;
    for (const e of residuals) sum += Math.exp(scale * e);
    factors[h] = residuals.length > 0 ? sum / residuals.length : 1;
  }
  return factors;
}

/** A log forecast back on the sales scale: the mean exp(z)·factor − c, never below 0. */
export function fromLogScale(z: number, factor: number, offset: number): number {
  return Math.max(0, Math.exp(z) * factor - offset);
}
