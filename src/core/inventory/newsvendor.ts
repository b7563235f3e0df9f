/**
 * Newsvendor (Nahmias §5.3): stock the quantile of demand at the critical ratio cᵤ / (cᵤ + cₒ),
 * with cᵤ the cost of a unit short and cₒ the cost of a unit left over.
 */
export function criticalRatio(underageCost: number, overageCost: number): number {
  const total = underageCost + overageCost;
  return total > 0 ? underageCost / total : 0.5;
}

/**
 * The critical ratio of a perishable: a unit short costs the shortage charge; a unit left over
 * expires and costs its unit value, plus its holding while it waits.
 */
export function perishableCriticalRatio(
  shortage: number,
  unitValue: number,
  holdingOverShelfLife: number,
): number {
  return criticalRatio(shortage, unitValue + holdingOverShelfLife);
}
