/**
 * Seeded series generators for the ARIMA tests and sanity scripts: a mulberry32 uniform stream and
 * Box–Muller normals, so every simulated series is the same on every run.
 */
export function seededNormals(seed: number, count: number): Float64Array {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const u = Math.max(uniform(), 1e-12);
    out[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  }
  return out;
}

/** x_t = c + φ·x_{t−1} + e_t + θ·e_{t−1}, started at the process mean. */
export function simulateArma11(seed: number, n: number, phi: number, theta: number, c = 0): Float64Array {
  const e = seededNormals(seed, n);
  const x = new Float64Array(n);
  let previous = c / (1 - phi);
  let previousError = 0;
  for (let t = 0; t < n; t++) {
    const et = e[t] ?? 0;
    x[t] = c + phi * previous + et + theta * previousError;
    previous = x[t] ?? 0;
    previousError = et;
  }
  return x;
}
