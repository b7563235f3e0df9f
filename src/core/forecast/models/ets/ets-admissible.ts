/**
 * R's "admissible" parameter region for seasonal ETS forms (Hyndman, Akram & Archibald 2008): the
 * model is forecastable when every root of its characteristic polynomial lies in the unit disc.
 * The "usual" bounds (0 < β < α, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98) already imply admissibility for the
 * non-seasonal forms and pass R's simple seasonal tests, so only the polynomial test is left.
 */
import type { EtsParameters } from './ets-recursion';

/** Roots may sit this far outside the unit circle (an undamped seasonal form has one exactly on it). */
const ROOT_TOLERANCE = 1e-7;

/**
 * Coefficients, constant term first, of the seasonal characteristic polynomial of degree m + 1
 * (β = 0 without a trend, φ = 1 without damping).
 */
export function seasonalCharacteristicPolynomial(params: EtsParameters, period: number): Float64Array {
  const { alpha, beta, gamma, phi } = params;
  const coefficients = new Float64Array(period + 2);
  coefficients[0] = phi * (1 - alpha - gamma);
  coefficients[1] = alpha + beta - alpha * phi + gamma - 1;
  for (let i = 2; i < period; i++) coefficients[i] = alpha + beta - alpha * phi;
  coefficients[period] = alpha + beta - phi;
  coefficients[period + 1] = 1;
  return coefficients;
}

/**
 * Whether every root of the polynomial has modulus at most 1 + ROOT_TOLERANCE, by the Schur–Cohn
 * recursion on p(ρz) with ρ = 1 + tolerance: p(z) has all roots strictly inside the unit disc iff
 * |a₀| < |aₙ| and so does (aₙ·p(z) − a₀·z^n·p(1/z)) / z, one degree lower. O(n²), no complex roots.
 */
export function rootsWithinUnitCircle(coefficients: Float64Array): boolean {
  let current = new Float64Array(coefficients.length);
  let next = new Float64Array(coefficients.length);
  const scale = 1 + ROOT_TOLERANCE;
  let power = 1;
  for (let i = 0; i < coefficients.length; i++) {
    current[i] = (coefficients[i] ?? 0) * power;
    power *= scale;
  }
  for (let degree = coefficients.length - 1; degree > 0; degree--) {
    const lead = current[degree] ?? 0;
    const reflection = (current[0] ?? 0) / lead;
    if (!(Math.abs(reflection) < 1)) return false;
    // Dividing by the leading coefficient keeps the numbers near 1 at every degree.
    for (let j = 0; j < degree; j++) {
      next[j] = ((current[j + 1] ?? 0) - reflection * (current[degree - 1 - j] ?? 0)) / lead;
    }
    [current, next] = [next, current];
  }
  return true;
}

/** R's admissibility test for a seasonal form's smoothing parameters. */
export function isAdmissibleSeasonal(params: EtsParameters, period: number): boolean {
  return rootsWithinUnitCircle(seasonalCharacteristicPolynomial(params, period));
}
