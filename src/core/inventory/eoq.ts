/**
 * Economic order quantity (Harris; Silver, Pyke & Thomas §5.2): Q* = √(2·K·D / h), with D demand
 * per period and h holding cost per unit and period, so the units match.
 */
export function economicOrderQuantity(
  orderCost: number,
  demandPerPeriod: number,
  holdingPerPeriod: number,
): number {
  if (orderCost <= 0 || demandPerPeriod <= 0) return 0;
  if (holdingPerPeriod <= 0) return Infinity;
  return Math.sqrt((2 * orderCost * demandPerPeriod) / holdingPerPeriod);
}
