/**
 * The chance that demand over the periods an order must cover exceeds the stock position: 1 − p for
 * the level p whose quantile equals the position, found by bisection (quantiles rise with p), so it
 * holds for any distribution, intermittent ones included.
 */
import type { DemandDistribution } from './types';

export function stockoutRisk(distribution: DemandDistribution, cover: number, position: number): number {
  if (distribution.sumQuantile(0, cover, 1) <= position) return 0;
  if (distribution.sumQuantile(0, cover, 0) > position) return 1;
  let low = 0;
  let high = 1;
  for (let iteration = 0; iteration < 40; iteration++) {
    const middle = (low + high) / 2;
    if (distribution.sumQuantile(0, cover, middle) <= position) low = middle;
    else high = middle;
  }
  return 1 - (low + high) / 2;
}
