/**
 * How often each policy reviews and how many periods of demand its levels must cover.
 *
 * A periodic order must last until the next order lands: lead time + review period, not lead time
 * alone. In this engine's timing (arrivals, then demand, then the review) an order placed at the
 * review of period t is on the shelf for the demand of period t + L, and the next one, placed at
 * t + R, for that of t + R + L; the order raised at t must therefore cover the demand of periods
 * t + 1 … t + R + L − 1, which is the textbook L + R with the lead time counted to the period the
 * goods can be sold in. A lead time of 0 (goods on the shelf the moment they are ordered) covers R
 * periods, like a lead time of 1. (s, Q) and base-stock are reviewed every period (R = 1).
 */
import type { InventorySettings, PolicyKind } from './types';

export function reviewEvery(kind: PolicyKind, settings: InventorySettings): number {
  return kind === 'sQ' || kind === 'base_stock' ? 1 : settings.reviewPeriod;
}

/** Periods of demand an order placed at a review must cover, for a lead time and review period. */
export function coverPeriods(leadTime: number, reviewPeriod: number): number {
  return Math.max(leadTime, 1) + reviewPeriod - 1;
}

export function protectionPeriods(kind: PolicyKind, settings: InventorySettings): number {
  return coverPeriods(settings.leadTime, reviewEvery(kind, settings));
}

/** Lead times worth weighing when it varies: mean ± 3 sd, whole periods, never below 0. */
export function leadTimeSupport(settings: InventorySettings): { min: number; max: number } {
  const spread = Math.ceil(3 * settings.leadTimeSd);
  return { min: Math.max(0, settings.leadTime - spread), max: settings.leadTime + spread };
}

/** Periods a distribution must cover for every policy's levels. */
export function distributionHorizon(settings: InventorySettings): number {
  return coverPeriods(leadTimeSupport(settings).max, Math.max(1, settings.reviewPeriod));
}
