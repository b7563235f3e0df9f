/**
 * Safety factors for a fill-rate target (Silver, Pyke & Thomas §7.7). A fill rate β is the share of
 * demand met from stock; it is not a cycle service level (the probability of no stock-out in a cycle).
 * For an order quantity Q and σ of demand over the protection interval, the expected units short per
 * cycle must be (1 − β)·Q, so σ·G(z) = (1 − β)·Q with G the unit normal loss function.
 */
import { normalLoss, normalQuantile } from '../metrics/normal';

/** z with σ·G(z) = (1 − β)·Q, found by bisection (G falls monotonically in z). */
export function fillRateSafetyFactor(sigma: number, orderQuantity: number, fillRate: number): number {
  if (sigma <= 0) return 0;
  const target = ((1 - fillRate) * orderQuantity) / sigma;
  let low = -6;
  let high = 8;
  if (normalLoss(low) <= target) return low;
  for (let iteration = 0; iteration < 100; iteration++) {
    const middle = (low + high) / 2;
    if (normalLoss(middle) > target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** z for a cycle service level α: the probability of no stock-out in a replenishment cycle. */
export function cycleServiceSafetyFactor(cycleServiceLevel: number): number {
  return normalQuantile(cycleServiceLevel);
}
