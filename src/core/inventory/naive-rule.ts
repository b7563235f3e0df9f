/**
 * The rule a store manager uses today: order up to (lead time + review period) × the mean of the last
 * 4 periods, with no safety stock.
 */
import type { InventorySettings } from './types';

export const NAIVE_WINDOW = 4;

/** The naive order-up-to level with the data before `end` (missing periods skipped; 0 with no data). */
export function naiveOrderUpTo(demand: Float64Array, end: number, settings: InventorySettings): number {
  let sum = 0;
  let count = 0;
  for (let t = end - 1; t >= 0 && count < NAIVE_WINDOW; t--) {
    const value = demand[t] as number;
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count > 0 ? ((settings.leadTime + settings.reviewPeriod) * sum) / count : 0;
}
