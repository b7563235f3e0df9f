/**
 * Whether an AR-X fit's lag recursion is explosive. AR-X forecasts recursively, each prediction
 * feeding the next step's lags, so the lag coefficients act like an AR polynomial: when one of its
 * roots lies inside the unit circle, a shock is amplified at every turn and the forecast grows
 * geometrically. Least squares can land there on a short or mostly-zero history (a seasonal product
 * whose season has just begun: lag 7 at 1.9 and lag 14 at −4.0 on a bakery's Valentine's cards,
 * whose log-scale forecast then reached 10²⁰). Such a fit is rejected like one that failed to fit.
 */

/** ψ weights of the recursion y_t = Σ φ_k·y_{t−k}: the effect of a unit shock h steps later. */
export function impulseResponse(lagCoefficients: ReadonlyMap<number, number>, steps: number): Float64Array {
  const psi = new Float64Array(Math.max(0, steps));
  for (let h = 0; h < psi.length; h++) {
    let weight = h === 0 ? 1 : 0;
    for (const [lag, coefficient] of lagCoefficients)
      if (lag <= h) weight += coefficient * (psi[h - lag] ?? 0);
    psi[h] = weight;
  }
  return psi;
}

/**
 * Periods of the recursion followed, in turns of its longest lag: within ten turns, a recursion
 * that grows by 7 % a period or more has multiplied a shock by at least 2.
 */
const TURNS = 10;
/**
 * A ψ weight beyond this over the last turn means the recursion amplifies shocks. Stationary and
 * unit-root recursions (a random walk, a repeating season) stay at or below 1 there; 2 leaves room
 * for the slow approach of roots near the unit circle.
 */
const EXPLOSIVE_WEIGHT = 2;

export function isExplosive(lagCoefficients: ReadonlyMap<number, number>): boolean {
  const longest = Math.max(0, ...lagCoefficients.keys());
  if (longest === 0) return false;
  const psi = impulseResponse(lagCoefficients, TURNS * longest + 1);
  for (let h = psi.length - longest; h < psi.length; h++)
    if (!(Math.abs(psi[h] as number) <= EXPLOSIVE_WEIGHT)) return true;
  return false;
}
