/**
 * Levenberg–Marquardt for small nonlinear least-squares problems (the conditional sum of squares of
 * an ARMA model): minimises Σ r(x)² with a forward-difference Jacobian. Steps that leave the
 * feasible region (a non-stationary or non-invertible model) are refused like steps that do not
 * improve, so the fit stays inside it.
 */
import { choleskySolve } from '../../linalg';

export interface LeastSquaresProblem {
  /** Writes the residuals at x into `out` (fixed length `size`). */
  residuals(x: Float64Array, out: Float64Array): void;
  size: number;
  feasible(x: Float64Array): boolean;
}

function sumOfSquares(r: Float64Array): number {
  let s = 0;
  for (const v of r) s += v * v;
  return s;
}

const MAX_ITERATIONS = 60;
const RELATIVE_TOLERANCE = 1e-8;

/** Returns the minimising parameters and their sum of squares; `start` must be feasible. */
export function levenbergMarquardt(
  problem: LeastSquaresProblem,
  start: Float64Array,
): { x: Float64Array; sse: number } {
  const k = start.length;
  const n = problem.size;
  let x = Float64Array.from(start);
  const r = new Float64Array(n);
  problem.residuals(x, r);
  let sse = sumOfSquares(r);
  if (k === 0 || !Number.isFinite(sse)) return { x, sse };
  // Column-major Jacobian (column j = ∂r/∂x_j over all n residuals), so JᵀJ is dot products of
  // contiguous columns; every buffer is made once, not per iteration.
  const jacobian = new Float64Array(n * k);
  const shifted = new Float64Array(n);
  const trial = new Float64Array(n);
  const probe = new Float64Array(k);
  const jtj = new Float64Array(k * k);
  const jtr = new Float64Array(k);
  let lambda = 1e-3;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    for (let j = 0; j < k; j++) {
      const h = 1e-6 * Math.max(1, Math.abs(x[j] ?? 0));
      probe.set(x);
      probe[j] = (probe[j] ?? 0) + h;
      problem.residuals(probe, shifted);
      const column = j * n;
      for (let t = 0; t < n; t++) jacobian[column + t] = ((shifted[t] ?? 0) - (r[t] ?? 0)) / h;
    }
    for (let i = 0; i < k; i++) {
      const ci = i * n;
      let gradient = 0;
      for (let t = 0; t < n; t++) gradient -= (jacobian[ci + t] ?? 0) * (r[t] ?? 0);
      jtr[i] = gradient;
      for (let j = i; j < k; j++) {
        const cj = j * n;
        let dot = 0;
        for (let t = 0; t < n; t++) dot += (jacobian[ci + t] ?? 0) * (jacobian[cj + t] ?? 0);
        jtj[i * k + j] = dot;
        jtj[j * k + i] = dot;
      }
    }
    let improved = false;
    let gain = 0;
    for (let attempt = 0; attempt < 12 && !improved; attempt++) {
      const damped = Float64Array.from(jtj);
      for (let i = 0; i < k; i++) damped[i * k + i] = (jtj[i * k + i] ?? 0) * (1 + lambda) + 1e-12;
      const step = choleskySolve(damped, k, jtr);
      if (step) {
        const candidate = x.map((v, i) => v + (step[i] ?? 0));
        if (problem.feasible(candidate)) {
          problem.residuals(candidate, trial);
          const candidateSse = sumOfSquares(trial);
          if (candidateSse < sse) {
            gain = sse - candidateSse;
            x = candidate;
            r.set(trial);
            sse = candidateSse;
            lambda = Math.max(lambda / 5, 1e-9);
            improved = true;
            continue;
          }
        }
      }
      lambda *= 8;
    }
    if (!improved || gain <= RELATIVE_TOLERANCE * sse) break;
  }
  return { x, sse };
}
