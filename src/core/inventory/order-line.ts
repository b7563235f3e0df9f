/**
 * The order of one series for the first period after its data: the tuned rule's levels from the
 * distribution made with all the data, the decision at the current position, the quantity in whole
 * packs and at least the MOQ, and the chance of a stock-out before the next order can land.
 */
import { roundOrder } from './order-rounding';
import { policyOrder } from './policy-order';
import { protectionPeriods } from './protection';
import { stockoutRisk } from './stockout-risk';
import type { DemandDistribution, InventorySettings, PolicyKind, PolicyLevels } from './types';

export interface StockPosition {
  onHand: number;
  onOrder: number;
  /** Units owed to customers (backorders only). */
  backlog: number;
  /** True when the position was not given but taken from the end of the tuned replay. */
  simulated: boolean;
}

export interface OrderLine {
  seriesId: string;
  /** Day number of the first period after the data (never the wall clock). */
  orderDate: number;
  policy: PolicyKind;
  order: boolean;
  /** Whole units, in packs, at least the MOQ; 0 when no order is due. */
  quantity: number;
  /** s of (s, S) and (s, Q); null for the order-up-to policies. */
  reorderPoint: number | null;
  /** S, or s + Q for (s, Q). */
  orderUpTo: number;
  /** Chance that demand before the next order lands exceeds the position after this order. */
  stockoutRisk: number;
  position: StockPosition;
}

export function orderLine(
  seriesId: string,
  orderDate: number,
  policy: PolicyKind,
  levels: PolicyLevels,
  position: StockPosition,
  distribution: DemandDistribution,
  settings: InventorySettings,
): OrderLine {
  const net = position.onHand - position.backlog + position.onOrder;
  const wanted = policyOrder(policy, net, levels.reorderPoint, levels.orderUpTo, levels.orderQuantity);
  const quantity = roundOrder(wanted, settings.minOrderQuantity, settings.packSize);
  const hasReorderPoint = policy === 'sS' || policy === 'sQ';
  return {
    seriesId,
    orderDate,
    policy,
    order: quantity > 0,
    quantity,
    reorderPoint: hasReorderPoint ? levels.reorderPoint : null,
    orderUpTo: levels.orderUpTo,
    stockoutRisk: stockoutRisk(distribution, protectionPeriods(policy, settings), net + quantity),
    position,
  };
}
