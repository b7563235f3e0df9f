/**
 * Exact Gaussian log-likelihood of a zero-mean stationary ARMA process, σ² concentrated out, by the
 * Kalman filter on Harvey's state-space form (the method of R's `arima`, Gardner et al. 1980):
 *   state αₜ (dimension r = max(p, q + 1)), xₜ = αₜ[0], αₜ₊₁ = T αₜ + R εₜ₊₁,
 * where T has the AR coefficients down its first column and ones on its superdiagonal, and
 * R = (1, θ₁, …, θ_{r−1}). The filter starts from the stationary state covariance, so the first
 * observations count with their true (larger) prediction variance instead of being conditioned away.
 */

export interface ArmaLikelihood {
  logLik: number;
  /** Maximum-likelihood innovation variance. */
  sigma2: number;
}

/**
 * The stationary covariance is summed by doubling (each round adds as many terms as all rounds
 * before), so a near-unit root needs a few dozen rounds, not thousands of terms; past this many
 * rounds (2⁴⁰ terms) the sum is cut.
 */
const MAX_DOUBLING_ROUNDS = 40;
const COVARIANCE_TOLERANCE = 1e-12;
/** Once the prediction variance is this close to σ² the filter is in steady state (gain = R). */
const STEADY_TOLERANCE = 1e-9;

/**
 * A likelihood function for AR coefficients a (xₜ = Σ a_k xₜ₋ₖ + …) and MA coefficients b of at
 * most these lengths, with its buffers made once (it runs for every optimiser step).
 */
/** out ← X Y (or X Y' when `transposeY`), all r × r, row-major; `out` must not be X or Y. */
function multiply(x: Float64Array, y: Float64Array, out: Float64Array, r: number, transposeY: boolean): void {
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < r; j++) {
      let sum = 0;
      for (let k = 0; k < r; k++) {
        sum += (x[i * r + k] ?? 0) * (transposeY ? (y[j * r + k] ?? 0) : (y[k * r + j] ?? 0));
      }
      out[i * r + j] = sum;
    }
  }
}

export function createExactLikelihood(
  maxAr: number,
  maxMa: number,
): (a: Float64Array, b: Float64Array, x: Float64Array) => ArmaLikelihood {
  const r = Math.max(maxAr, maxMa + 1, 1);
  const phi = new Float64Array(r);
  const gain = new Float64Array(r);
  const state = new Float64Array(r);
  const next = new Float64Array(r);
  const cov = new Float64Array(r * r);
  const tp = new Float64Array(r * r);

  // cov ← T cov T' + R R', using T's shape, (T M)ᵢⱼ = φᵢ M₀ⱼ + M_{i+1,j}, and the symmetry of
  // cov: only its upper triangle is read and computed, then mirrored.
  const predictCovariance = (): void => {
    for (let i = 0; i < r; i++) {
      const phiI = phi[i] ?? 0;
      tp[i * r] = phiI * (cov[0] ?? 0) + (i + 1 < r ? (cov[i + 1] ?? 0) : 0);
      for (let j = Math.max(i, 1); j < r; j++) {
        const below = i + 1 < r ? (j > i ? (cov[(i + 1) * r + j] ?? 0) : (cov[i * r + i + 1] ?? 0)) : 0;
        tp[i * r + j] = phiI * (cov[j] ?? 0) + below;
      }
    }
    for (let i = 0; i < r; i++) {
      const head = tp[i * r] ?? 0;
      const gainI = gain[i] ?? 0;
      for (let j = i; j < r; j++) {
        const shifted = j + 1 < r ? (tp[i * r + j + 1] ?? 0) : 0;
        cov[i * r + j] = (phi[j] ?? 0) * head + shifted + gainI * (gain[j] ?? 0);
      }
    }
  };

  // Stationary covariance P = Σⱼ Tʲ R R' T'ʲ, the solution of P = T P T' + R R', by doubling
  // (Smith's method): with A = T^(2ᵏ), P ← P + A P A' and A ← A², each round doubling the terms
  // summed, until the added part vanishes. Full r × r matrices: r is small, rounds are few.
  const power = new Float64Array(r * r);
  const product = new Float64Array(r * r);
  const added = new Float64Array(r * r);
  const stationaryCovariance = (): void => {
    for (let i = 0; i < r; i++) {
      for (let j = 0; j < r; j++) cov[i * r + j] = (gain[i] ?? 0) * (gain[j] ?? 0);
    }
    power.fill(0);
    for (let i = 0; i < r; i++) {
      power[i * r] = phi[i] ?? 0;
      if (i + 1 < r) power[i * r + i + 1] = 1;
    }
    for (let round = 0; round < MAX_DOUBLING_ROUNDS; round++) {
      multiply(power, cov, product, r, false); // A P
      multiply(product, power, added, r, true); // (A P) A'
      let size = 0;
      let total = 0;
      for (let k = 0; k < r * r; k++) {
        cov[k] = (cov[k] ?? 0) + (added[k] ?? 0);
        size = Math.max(size, Math.abs(added[k] ?? 0));
        total = Math.max(total, Math.abs(cov[k] ?? 0));
      }
      if (size <= COVARIANCE_TOLERANCE * total) break;
      multiply(power, power, product, r, false); // A²
      power.set(product);
    }
  };

  return (a, b, x) => {
    phi.fill(0);
    phi.set(a.subarray(0, r));
    gain.fill(0);
    gain[0] = 1;
    gain.set(b.subarray(0, r - 1), 1);
    stationaryCovariance();
    state.fill(0);

    let weightedSquares = 0;
    let sumLogVariance = 0;
    let steady = false;
    for (let t = 0; t < x.length; t++) {
      const innovation = (x[t] ?? 0) - (state[0] ?? 0);
      if (steady) {
        weightedSquares += innovation * innovation;
        for (let i = 0; i < r; i++) state[i] = (state[i] ?? 0) + (gain[i] ?? 0) * innovation;
      } else {
        const variance = cov[0] ?? 0;
        if (!(variance > 0)) return { logLik: -Infinity, sigma2: NaN };
        weightedSquares += (innovation * innovation) / variance;
        sumLogVariance += Math.log(variance);
        // Update on xₜ: state += cov[:,0]·v/F, cov −= cov[:,0]·cov[0,:]/F.
        for (let i = 0; i < r; i++) {
          next[i] = cov[i] ?? 0;
          state[i] = (state[i] ?? 0) + ((next[i] ?? 0) * innovation) / variance;
        }
        for (let i = 0; i < r; i++) {
          const scaled = (next[i] ?? 0) / variance;
          for (let j = i; j < r; j++) cov[i * r + j] = (cov[i * r + j] ?? 0) - scaled * (next[j] ?? 0);
        }
        predictCovariance();
        steady = (cov[0] ?? 0) - 1 < STEADY_TOLERANCE;
      }
      // Predict: state ← T state.
      const head = state[0] ?? 0;
      for (let i = 0; i < r; i++) state[i] = (phi[i] ?? 0) * head + (i + 1 < r ? (state[i + 1] ?? 0) : 0);
    }
    const n = x.length;
    const sigma2 = Math.max(weightedSquares / n, 1e-300);
    const logLik = -0.5 * (n * (Math.log(2 * Math.PI * sigma2) + 1) + sumLogVariance);
    return { logLik, sigma2 };
  };
}
