import { describe, it, expect } from 'vitest';
import { createExactLikelihood } from './exact-likelihood';

const x = Float64Array.of(0.8, -0.3, 1.2, 0.4, -0.9, -1.5, 0.2, 0.7, 1.1, -0.4);
const n = x.length;

/** Concentrated Gaussian log-likelihood from the correlation matrix V (Γ = σ²V), by Cholesky. */
function directLogLik(autocorrelation: (lag: number) => number): number {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = autocorrelation(i - j);
      for (let k = 0; k < j; k++) s -= (L[i * n + k] ?? 0) * (L[j * n + k] ?? 0);
      L[i * n + j] = i === j ? Math.sqrt(s) : s / (L[j * n + j] ?? 1);
    }
  }
  // Solve L z = x; x'V⁻¹x = z'z; log|V| = 2 Σ log Lᵢᵢ.
  const z = new Float64Array(n);
  let quadratic = 0;
  let logDet = 0;
  for (let i = 0; i < n; i++) {
    let s = x[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (L[i * n + k] ?? 0) * (z[k] ?? 0);
    z[i] = s / (L[i * n + i] ?? 1);
    quadratic += (z[i] ?? 0) ** 2;
    logDet += 2 * Math.log(L[i * n + i] ?? 1);
  }
  const sigma2 = quadratic / n;
  return -0.5 * (n * Math.log(2 * Math.PI * sigma2) + logDet + n);
}

/** The AR(1)'s exact likelihood in closed form: x₁ has variance σ²/(1 − φ²), the rest σ². */
function ar1(phi: number): { sigma2: number; logLik: number } {
  let squares = (x[0] ?? 0) ** 2 * (1 - phi * phi);
  for (let t = 1; t < n; t++) squares += ((x[t] ?? 0) - phi * (x[t - 1] ?? 0)) ** 2;
  const sigma2 = squares / n;
  return { sigma2, logLik: -0.5 * (n * Math.log(2 * Math.PI * sigma2) + n - Math.log(1 - phi * phi)) };
}

describe('exact ARMA likelihood', () => {
  const ar1Likelihood = (phi: number) =>
    createExactLikelihood(1, 0)(Float64Array.of(phi), new Float64Array(0), x);

  it('matches the closed form of an AR(1): x₁ has variance σ²/(1 − φ²)', () => {
    const expected = ar1(0.6);
    const result = ar1Likelihood(0.6);
    expect(result.sigma2).toBeCloseTo(expected.sigma2, 10);
    expect(result.logLik).toBeCloseTo(expected.logLik, 10);
  });

  it('stays exact next to a unit root, where the stationary variance sums ~10⁵ terms', () => {
    expect(ar1Likelihood(0.9999).logLik).toBeCloseTo(ar1(0.9999).logLik, 6);
  });

  it('matches the Gaussian density of an ARMA(1,1) computed from its autocovariances', () => {
    const [phi, theta] = [0.5, 0.4];
    const gamma0 = (1 + 2 * phi * theta + theta * theta) / (1 - phi * phi);
    const gamma1 = ((1 + phi * theta) * (phi + theta)) / (1 - phi * phi);
    const autocorrelation = (lag: number) => (lag === 0 ? gamma0 : gamma1 * phi ** (lag - 1));
    const result = createExactLikelihood(1, 1)(Float64Array.of(phi), Float64Array.of(theta), x);
    expect(result.logLik).toBeCloseTo(directLogLik(autocorrelation), 8);
  });

  it('matches the Gaussian density of an MA(2), whose autocovariances end at lag 2', () => {
    const [t1, t2] = [-0.5, 0.3];
    const gammas = [1 + t1 * t1 + t2 * t2, t1 + t1 * t2, t2];
    const likelihood = createExactLikelihood(0, 2);
    const result = likelihood(new Float64Array(0), Float64Array.of(t1, t2), x);
    expect(result.logLik).toBeCloseTo(
      directLogLik((lag) => gammas[lag] ?? 0),
      8,
    );
  });

  it('is not the conditional likelihood: an AR(1) near a unit root penalises its first value less', () => {
    const phi = 0.95;
    const exact = createExactLikelihood(1, 0)(Float64Array.of(phi), new Float64Array(0), x);
    let conditional = (x[0] ?? 0) ** 2;
    for (let t = 1; t < n; t++) conditional += ((x[t] ?? 0) - phi * (x[t - 1] ?? 0)) ** 2;
    expect(exact.sigma2).toBeLessThan(conditional / n);
  });

  it('matches the Gaussian density of an ARMA(2,3) whose state has four components', () => {
    const ar = Float64Array.of(0.5, -0.3);
    const ma = Float64Array.of(0.4, 0, 0.3);
    // ψ weights of the MA(∞) form, then γ_k = Σ ψ_j ψ_{j+k}.
    const psi = new Float64Array(400);
    for (let j = 0; j < psi.length; j++) {
      let value = j === 0 ? 1 : (ma[j - 1] ?? 0);
      for (let k = 1; k <= ar.length && k <= j; k++) value += (ar[k - 1] ?? 0) * (psi[j - k] ?? 0);
      psi[j] = value;
    }
    const autocovariance = (lag: number): number => {
      let sum = 0;
      for (let j = 0; j + lag < psi.length; j++) sum += (psi[j] ?? 0) * (psi[j + lag] ?? 0);
      return sum;
    };
    const result = createExactLikelihood(2, 3)(ar, ma, x);
    expect(result.logLik).toBeCloseTo(directLogLik(autocovariance), 8);
  });
});
