/**
 * What a policy orders at a review, before rounding: (s, S) up to S and (s, Q) whole multiples of Q
 * once the position is at or below s; every other policy up to S at each review.
 */
import type { PolicyKind } from './types';

export function policyOrder(
  kind: PolicyKind,
  position: number,
  reorderPoint: number,
  orderUpTo: number,
  orderQuantity: number,
): number {
  if (kind === 'sS') return position <= reorderPoint ? orderUpTo - position : 0;
  if (kind === 'sQ') {
    return position <= reorderPoint
      ? orderQuantity * (Math.floor((reorderPoint - position) / orderQuantity) + 1)
      : 0;
  }
  return Math.max(0, orderUpTo - position);
}
