/**
 * Derivative-free minimisation (Nelder & Mead 1965) for the few smoothing parameters of the
 * classical models. Deterministic: the starting simplex is x0 plus one step along each axis.
 */

export interface NelderMeadOptions {
  /** Size of the first simplex along each axis (a number for all, or one per coordinate). */
  step?: number | Float64Array;
  /** Stop after this many objective evaluations. */
  maxEvaluations?: number;
  /** Stop when the simplex's objective values differ by less than this (relative to |best| + tolerance)… */
  tolerance?: number;
  /** …and every vertex lies within this distance of the best one along each axis. */
  xTolerance?: number;
}

export interface MinimiseResult {
  x: Float64Array;
  value: number;
  evaluations: number;
}

/** Objective over a point; return Infinity for points outside the feasible set. */
export type Objective = (x: Float64Array) => number;

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

export function nelderMead(f: Objective, x0: Float64Array, options: NelderMeadOptions = {}): MinimiseResult {
  const dim = x0.length;
  const maxEvaluations = options.maxEvaluations ?? 200 * Math.max(1, dim);
  const tolerance = options.tolerance ?? 1e-8;
  const xTolerance = options.xTolerance ?? 1e-6;
  const stepOf = (i: number): number => {
    const step = options.step ?? 0.1;
    return typeof step === 'number' ? step : (step[i] ?? 0.1);
  };
  if (dim === 0) return { x: new Float64Array(0), value: f(x0), evaluations: 1 };

  // Simplex vertices stored row-wise in one flat array: vertex v occupies [v*dim, (v+1)*dim).
  const vertices = new Float64Array((dim + 1) * dim);
  const values = new Float64Array(dim + 1);
  const order = new Int32Array(dim + 1);
  const point = (v: number): Float64Array => vertices.subarray(v * dim, (v + 1) * dim);
  let evaluations = 0;
  const evaluate = (x: Float64Array): number => {
    evaluations++;
    const value = f(x);
    return Number.isNaN(value) ? Infinity : value;
  };

  for (let v = 0; v <= dim; v++) {
    const p = point(v);
    p.set(x0);
    if (v > 0) p[v - 1] = (p[v - 1] ?? 0) + stepOf(v - 1);
    values[v] = evaluate(p);
  }

  const centroid = new Float64Array(dim);
  const reflected = new Float64Array(dim);
  const trial = new Float64Array(dim);
  const along = (
    target: Float64Array,
    from: Float64Array,
    toward: Float64Array,
    coefficient: number,
  ): void => {
    for (let i = 0; i < dim; i++) {
      const a = from[i] ?? 0;
      target[i] = a + coefficient * ((toward[i] ?? 0) - a);
    }
  };

  while (evaluations < maxEvaluations) {
    for (let v = 0; v <= dim; v++) order[v] = v;
    order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
    const best = order[0] ?? 0;
    const worst = order[dim] ?? 0;
    const secondWorst = order[dim - 1] ?? 0;
    const fBest = values[best] ?? Infinity;
    const fWorst = values[worst] ?? Infinity;
    // Values alone can tie across a valley (x = 1.9 and 2.1 around 2), so the simplex must be small too.
    if (
      Number.isFinite(fWorst) &&
      Math.abs(fWorst - fBest) <= tolerance * (Math.abs(fBest) + tolerance) &&
      simplexSpread(vertices, best, dim) <= xTolerance
    ) {
      break;
    }

    centroid.fill(0);
    for (let v = 0; v <= dim; v++) {
      if (v === worst) continue;
      const p = point(v);
      for (let i = 0; i < dim; i++) centroid[i] = (centroid[i] ?? 0) + (p[i] ?? 0) / dim;
    }
    const worstPoint = point(worst);
    along(reflected, centroid, worstPoint, -REFLECT);
    const fReflected = evaluate(reflected);

    if (fReflected < fBest) {
      along(trial, centroid, worstPoint, -EXPAND);
      const fExpanded = evaluate(trial);
      if (fExpanded < fReflected) {
        worstPoint.set(trial);
        values[worst] = fExpanded;
      } else {
        worstPoint.set(reflected);
        values[worst] = fReflected;
      }
      continue;
    }
    if (fReflected < (values[secondWorst] ?? Infinity)) {
      worstPoint.set(reflected);
      values[worst] = fReflected;
      continue;
    }
    // Contract toward the better of the worst point and its reflection.
    const outside = fReflected < fWorst;
    along(trial, centroid, outside ? reflected : worstPoint, CONTRACT);
    const fContracted = evaluate(trial);
    if (fContracted < Math.min(fReflected, fWorst)) {
      worstPoint.set(trial);
      values[worst] = fContracted;
      continue;
    }
    const bestPoint = point(best);
    for (let v = 0; v <= dim; v++) {
      if (v === best) continue;
      const p = point(v);
      along(p, bestPoint, p, SHRINK);
      values[v] = evaluate(p);
    }
  }

  let bestIndex = 0;
  for (let v = 1; v <= dim; v++) if ((values[v] ?? Infinity) < (values[bestIndex] ?? Infinity)) bestIndex = v;
  return { x: Float64Array.from(point(bestIndex)), value: values[bestIndex] ?? Infinity, evaluations };
}

/** Largest distance along any axis between a vertex and the best vertex. */
function simplexSpread(vertices: Float64Array, best: number, dim: number): number {
  let spread = 0;
  for (let v = 0; v <= dim; v++) {
    for (let i = 0; i < dim; i++) {
      spread = Math.max(spread, Math.abs((vertices[v * dim + i] ?? 0) - (vertices[best * dim + i] ?? 0)));
    }
  }
  return spread;
}

/**
 * Minimise over the box [lower, upper] by searching an unbounded space mapped onto the box by
 * x = lo + (hi − lo)(1 + sin u)/2, so every point tried is feasible. Unlike a logistic map, sine
 * never saturates: a parameter pushed to its bound cannot run off to infinity and collapse the
 * simplex. One restart from the best point repairs a simplex that did collapse.
 * x0 must lie inside the box.
 */
export function minimiseInBox(
  f: Objective,
  x0: Float64Array,
  lower: Float64Array,
  upper: Float64Array,
  options: NelderMeadOptions = {},
): MinimiseResult {
  const dim = x0.length;
  const boxed = new Float64Array(dim);
  const toBox = (u: Float64Array): Float64Array => {
    for (let i = 0; i < dim; i++) {
      const lo = lower[i] ?? 0;
      boxed[i] = lo + ((upper[i] ?? 1) - lo) * 0.5 * (1 + Math.sin(u[i] ?? 0));
    }
    return boxed;
  };
  const u0 = new Float64Array(dim);
  for (let i = 0; i < dim; i++) {
    const lo = lower[i] ?? 0;
    const share = ((x0[i] ?? 0) - lo) / ((upper[i] ?? 1) - lo);
    u0[i] = Math.asin(2 * Math.min(1, Math.max(0, share)) - 1);
  }
  const boxedObjective = (u: Float64Array): number => f(toBox(u));
  const first = nelderMead(boxedObjective, u0, { step: 0.5, ...options });
  const second = nelderMead(boxedObjective, first.x, { step: 0.1, ...options });
  const best = second.value <= first.value ? second : first;
  return {
    x: Float64Array.from(toBox(best.x)),
    value: best.value,
    evaluations: first.evaluations + second.evaluations,
  };
}
