/**
 * The ARMA residual recursion of one seasonal order, run thousands of times per order search (every
 * Levenberg–Marquardt step and every column of its Jacobian), so it allocates nothing per call:
 * the expanded lag coefficients and the centred series live in buffers made once per order, and
 * only the lags the order can make non-zero (i, j·m and i + j·m) are visited.
 */
import type { ArimaOrder } from './estimate';

/** Writes the residuals of the packed coefficients x (ar, ma, sar, sma, then the mean if any) on w into out. */
export type ArmaResiduals = (x: Float64Array, w: Float64Array, out: Float64Array) => void;

/** Lags 1..order and seasonal lags j·m, with their cross terms, ascending. */
function structuralLags(order: number, seasonalOrder: number, m: number): Int32Array {
  const lags = new Set<number>();
  for (let j = 0; j <= seasonalOrder; j++) {
    for (let i = 0; i <= order; i++) if (i + j > 0) lags.add(i + j * m);
  }
  return Int32Array.from([...lags].sort((a, b) => a - b));
}

/**
 * Expands (1 ∓ Σ c_i B^i)(1 ∓ Σ C_j B^{jm}) into coefficients on lags 1.. (index lag − 1): for AR
 * (sign −1) x_t = Σ a_k x_{t−k}, for MA (sign +1) … + Σ b_k e_{t−k}, as polynomials.ts does.
 */
function expandInto(
  target: Float64Array,
  x: Float64Array,
  from: number,
  order: number,
  seasonalFrom: number,
  seasonalOrder: number,
  m: number,
  sign: number,
): void {
  target.fill(0);
  for (let i = 1; i <= order; i++) target[i - 1] = x[from + i - 1] ?? 0;
  for (let j = 1; j <= seasonalOrder; j++) {
    const seasonal = x[seasonalFrom + j - 1] ?? 0;
    target[j * m - 1] = (target[j * m - 1] ?? 0) + seasonal;
    // Cross term on lag i + jm: −c·C for AR (the product of two minus signs, negated), +c·C for MA.
    for (let i = 1; i <= order; i++) {
      target[i + j * m - 1] = (target[i + j * m - 1] ?? 0) + sign * (x[from + i - 1] ?? 0) * seasonal;
    }
  }
}

export function createArmaResiduals(order: ArimaOrder, length: number): ArmaResiduals {
  const { p, q, P, Q, m } = order;
  const a = new Float64Array(p + P * m);
  const b = new Float64Array(q + Q * m);
  const arLags = structuralLags(p, P, m);
  const maLags = structuralLags(q, Q, m);
  const centred = new Float64Array(length);
  const meanIndex = p + q + P + Q;
  return (x, w, out) => {
    expandInto(a, x, 0, p, p + q, P, m, -1);
    expandInto(b, x, p, q, p + q + P, Q, m, 1);
    const mean = order.constant ? (x[meanIndex] ?? 0) : 0;
    const n = w.length;
    for (let t = 0; t < n; t++) centred[t] = (w[t] ?? 0) - mean;
    for (let t = 0; t < n; t++) {
      let value = centred[t] ?? 0;
      for (let i = 0; i < arLags.length; i++) {
        const k = arLags[i] ?? 0;
        if (k > t) break;
        value -= (a[k - 1] ?? 0) * (centred[t - k] ?? 0);
      }
      for (let i = 0; i < maLags.length; i++) {
        const k = maLags[i] ?? 0;
        if (k > t) break;
        value -= (b[k - 1] ?? 0) * (out[t - k] ?? 0);
      }
      out[t] = value;
    }
  };
}
