/**
 * Fits one seasonal ARIMA(p,d,q)(P,D,Q)[m] by conditional sum of squares (CSS): the series is
 * differenced, residuals are run through the ARMA recursion with every pre-sample value at the mean
 * and every pre-sample error 0, and Levenberg–Marquardt minimises their sum of squares inside the
 * stationary and invertible region. Conditioning on pre-sample means (rather than dropping the
 * first p + P·m periods, as R's CSS does) keeps every order's sum of squares over the same
 * periods, so their AICc values compare fairly. The 'exact' method then moves that estimate to the
 * exact Gaussian maximum likelihood (exact-likelihood.ts) by Nelder–Mead, and reports σ² and AICc
 * from it. Forecasts come from the CSS recursion, then undifferencing.
 */
import { createArmaResiduals } from './arma-filter';
import { createExactLikelihood } from './exact-likelihood';
import { levenbergMarquardt } from './levenberg-marquardt';
import { nelderMead } from '../../optim/nelder-mead';
import { differencingPolynomial, expandAr, expandMa, isInvertible, isStationary } from './polynomials';

export interface ArimaOrder {
  p: number;
  d: number;
  q: number;
  P: number;
  D: number;
  Q: number;
  m: number;
  /** A mean (d + D = 0) or drift (d + D = 1) term. */
  constant: boolean;
}

export interface ArimaFit {
  order: ArimaOrder;
  /** How the coefficients were estimated, and so which likelihood sigma2 and aicc come from. */
  method: EstimationMethod;
  ar: Float64Array;
  ma: Float64Array;
  sar: Float64Array;
  sma: Float64Array;
  /** Mean of the differenced series (0 without a constant). */
  mean: number;
  sigma2: number;
  aicc: number;
  /** Differenced series and its one-step residuals. */
  w: Float64Array;
  residuals: Float64Array;
}

interface Unpacked {
  ar: Float64Array;
  ma: Float64Array;
  sar: Float64Array;
  sma: Float64Array;
  mean: number;
}

function unpack(x: Float64Array, order: ArimaOrder): Unpacked {
  const { p, q, P, Q } = order;
  return {
    ar: x.slice(0, p),
    ma: x.slice(p, p + q),
    sar: x.slice(p + q, p + q + P),
    sma: x.slice(p + q + P, p + q + P + Q),
    mean: order.constant ? (x[p + q + P + Q] ?? 0) : 0,
  };
}

export function differenceSeries(y: Float64Array, order: ArimaOrder): Float64Array {
  const c = differencingPolynomial(order.d, order.D, order.m);
  const lag = c.length - 1;
  const w = new Float64Array(Math.max(0, y.length - lag));
  for (let t = 0; t < w.length; t++) {
    let sum = 0;
    for (let i = 0; i <= lag; i++) sum += (c[i] ?? 0) * (y[t + lag - i] ?? 0);
    w[t] = sum;
  }
  return w;
}

/**
 * How coefficients are estimated: 'css' by conditional sum of squares alone; 'exact' refines that
 * estimate by exact maximum likelihood (R's "CSS-ML"), which applies only where the seasonal period
 * is short (see usesExactLikelihood) and otherwise falls back to CSS.
 */
export type EstimationMethod = 'css' | 'exact';

/** Fits the order to a gap-free series; null when there is too little data or no admissible fit. */
export function fitArima(
  y: Float64Array,
  order: ArimaOrder,
  method: EstimationMethod = 'css',
): ArimaFit | null {
  const w = differenceSeries(y, order);
  const coefficients = order.p + order.q + order.P + order.Q + (order.constant ? 1 : 0);
  // The longest AR lag must fit well inside the data, leaving room for the parameters and σ².
  if (w.length - order.p - order.P * order.m < coefficients + 4) return null;

  const start = new Float64Array(coefficients);
  if (order.constant) start[coefficients - 1] = w.reduce((s, v) => s + v, 0) / w.length;
  const filter = createArmaResiduals(order, w.length);
  const problem = {
    size: w.length,
    residuals: (x: Float64Array, out: Float64Array) => filter(x, w, out),
    feasible(x: Float64Array) {
      const u = unpack(x, order);
      return isStationary(u.ar) && isStationary(u.sar) && isInvertible(u.ma) && isInvertible(u.sma);
    },
  };
  const { x, sse } = levenbergMarquardt(problem, start);
  if (!Number.isFinite(sse) || !problem.feasible(x)) return null;
  const exact = method === 'exact' && usesExactLikelihood(order);
  const estimate = exact ? maximiseLikelihood(w, order, x, problem.feasible) : x;
  return filterArima(w, order, unpack(estimate, order), exact);
}

/**
 * Exact maximum likelihood (R's "CSS-ML") where the seasonal period is short: the state dimension
 * grows with p + P·m, and at m = 52 the filter would cost too much per step for its small gain.
 */
const MAX_EXACT_PERIOD = 12;
export const usesExactLikelihood = (order: ArimaOrder): boolean => order.m <= MAX_EXACT_PERIOD;

function exactLogLik(w: Float64Array, order: ArimaOrder, u: Unpacked): { logLik: number; sigma2: number } {
  const a = expandAr(u.ar, u.sar, order.m);
  const b = expandMa(u.ma, u.sma, order.m);
  const centred = w.map((v) => v - u.mean);
  return createExactLikelihood(a.length, b.length)(a, b, centred);
}

/** Nelder–Mead on the exact log-likelihood from the CSS estimate; keeps the CSS one if nothing is better. */
function maximiseLikelihood(
  w: Float64Array,
  order: ArimaOrder,
  cssEstimate: Float64Array,
  feasible: (x: Float64Array) => boolean,
): Float64Array {
  const arLength = order.p + order.P * order.m;
  const maLength = order.q + order.Q * order.m;
  const likelihood = createExactLikelihood(arLength, maLength);
  const centred = new Float64Array(w.length);
  const objective = (x: Float64Array): number => {
    if (!feasible(x)) return Infinity;
    const u = unpack(x, order);
    for (let t = 0; t < w.length; t++) centred[t] = (w[t] ?? 0) - u.mean;
    return -likelihood(expandAr(u.ar, u.sar, order.m), expandMa(u.ma, u.sma, order.m), centred).logLik;
  };
  const step = new Float64Array(cssEstimate.length).fill(0.05);
  if (order.constant) step[step.length - 1] = standardError(w);
  const start = objective(cssEstimate);
  const result = nelderMead(objective, cssEstimate, { step, maxEvaluations: 25 * step.length });
  return result.value < start ? result.x : cssEstimate;
}

/** Standard error of the mean of w: the scale on which its estimate moves. */
function standardError(w: Float64Array): number {
  const mean = w.reduce((s, v) => s + v, 0) / w.length;
  const variance = w.reduce((s, v) => s + (v - mean) ** 2, 0) / w.length;
  return Math.sqrt(variance / w.length) || 1;
}

/** Residuals, σ² and AICc of fixed coefficients on a differenced series. */
function filterArima(w: Float64Array, order: ArimaOrder, u: Unpacked, exact: boolean): ArimaFit {
  const residuals = new Float64Array(w.length);
  const packed = Float64Array.from([
    ...u.ar,
    ...u.ma,
    ...u.sar,
    ...u.sma,
    ...(order.constant ? [u.mean] : []),
  ]);
  createArmaResiduals(order, w.length)(packed, w, residuals);
  let sse = 0;
  for (let t = 0; t < residuals.length; t++) sse += (residuals[t] ?? 0) ** 2;
  const n = w.length;
  const { logLik, sigma2 } = exact
    ? exactLogLik(w, order, u)
    : {
        sigma2: Math.max(sse / n, 1e-300),
        logLik: -0.5 * n * (Math.log(2 * Math.PI * Math.max(sse / n, 1e-300)) + 1),
      };
  const npar = order.p + order.q + order.P + order.Q + (order.constant ? 1 : 0) + 1;
  const aicc = -2 * logLik + 2 * npar + (2 * npar * (npar + 1)) / (n - npar - 1);
  return { order, method: exact ? 'exact' : 'css', ...u, sigma2, aicc, w, residuals };
}

/**
 * The fit's order and coefficients run over a longer gap-free series that starts with the one it was
 * fitted on (R's `Arima(y, model = fit)`): new residuals to forecast from, nothing re-estimated.
 */
export function refilterArima(y: Float64Array, fit: ArimaFit): ArimaFit {
  const { ar, ma, sar, sma, mean } = fit;
  const exact = fit.method === 'exact';
  return filterArima(differenceSeries(y, fit.order), fit.order, { ar, ma, sar, sma, mean }, exact);
}

/** Point forecasts of the original (undifferenced) series for `horizon` periods after y. */
export function forecastArima(y: Float64Array, fit: ArimaFit, horizon: number): Float64Array {
  const { order, w, residuals, mean } = fit;
  const a = expandAr(fit.ar, fit.sar, order.m);
  const b = expandMa(fit.ma, fit.sma, order.m);
  const n = w.length;
  const x = new Float64Array(n + horizon);
  for (let t = 0; t < n; t++) x[t] = (w[t] ?? 0) - mean;
  for (let h = 0; h < horizon; h++) {
    const t = n + h;
    let value = 0;
    for (let k = 1; k <= a.length; k++) if (t - k >= 0) value += (a[k - 1] ?? 0) * (x[t - k] ?? 0);
    // Future errors are 0; only past residuals enter.
    for (let k = h + 1; k <= b.length; k++)
      if (t - k >= 0) value += (b[k - 1] ?? 0) * (residuals[t - k] ?? 0);
    x[t] = value;
  }
  const c = differencingPolynomial(order.d, order.D, order.m);
  const extended = new Float64Array(y.length + horizon);
  extended.set(y);
  for (let h = 0; h < horizon; h++) {
    const t = y.length + h;
    let value = (x[n + h] ?? 0) + mean;
    for (let i = 1; i < c.length; i++) value -= (c[i] ?? 0) * (extended[t - i] ?? 0);
    extended[t] = value;
  }
  return extended.slice(y.length);
}
