/**
 * Lag polynomials of a seasonal ARIMA model, in R's sign conventions:
 * AR  (1 − φ₁B − … − φₚBᵖ)(1 − Φ₁Bᵐ − …)   and   MA  (1 + θ₁B + …)(1 + Θ₁Bᵐ + …).
 */

/** Coefficients (index = power of B, [0] = 1) of the product of two lag polynomials. */
function multiply(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] ?? 0) + (a[i] ?? 0) * (b[j] ?? 0);
  }
  return out;
}

/** 1 + sign·(c₁B^step + c₂B^(2·step) + …). */
function lagPolynomial(coefs: Float64Array, step: number, sign: number): Float64Array {
  const out = new Float64Array(coefs.length * step + 1);
  out[0] = 1;
  coefs.forEach((c, i) => (out[(i + 1) * step] = sign * c));
  return out;
}

/**
 * The combined AR filter as coefficients on past values: x_t = Σ_k ar[k−1]·x_{t−k} + …
 * (length p + P·m).
 */
export function expandAr(ar: Float64Array, sar: Float64Array, m: number): Float64Array {
  const product = multiply(lagPolynomial(ar, 1, -1), lagPolynomial(sar, m, -1));
  return product.subarray(1).map((c) => -c);
}

/** The combined MA filter as coefficients on past errors: … + Σ_k ma[k−1]·e_{t−k} (length q + Q·m). */
export function expandMa(ma: Float64Array, sma: Float64Array, m: number): Float64Array {
  return multiply(lagPolynomial(ma, 1, 1), lagPolynomial(sma, m, 1)).subarray(1);
}

/** Coefficients c of (1 − B)^d (1 − Bᵐ)^D, so that w_t = Σ_i c_i·y_{t−i}. */
export function differencingPolynomial(d: number, seasonalD: number, m: number): Float64Array {
  let poly: Float64Array = Float64Array.of(1);
  for (let i = 0; i < d; i++) poly = multiply(poly, Float64Array.of(1, -1));
  for (let i = 0; i < seasonalD; i++) poly = multiply(poly, lagPolynomial(Float64Array.of(1), m, -1));
  return poly;
}

/**
 * True when 1 − φ₁z − … − φₚzᵖ has all its roots safely outside the unit circle. Uses the
 * step-down (reverse Durbin–Levinson) recursion: the polynomial is stationary exactly when every
 * partial autocorrelation it implies lies inside (−1, 1); `margin` keeps fits off the boundary,
 * where forecasts explode or never revert.
 */
export function isStationary(phi: Float64Array, margin = 0.01): boolean {
  let current = Array.from(phi);
  for (let k = current.length; k >= 1; k--) {
    const r = current[k - 1] ?? 0;
    if (!(Math.abs(r) < 1 - margin)) return false;
    const next: number[] = [];
    for (let i = 0; i < k - 1; i++)
      next.push(((current[i] ?? 0) + r * (current[k - 2 - i] ?? 0)) / (1 - r * r));
    current = next;
  }
  return true;
}

/** True when 1 + θ₁z + … + θ_q z^q has all roots outside the unit circle (an invertible MA). */
export function isInvertible(theta: Float64Array, margin = 0.01): boolean {
  return isStationary(
    theta.map((t) => -t),
    margin,
  );
}
