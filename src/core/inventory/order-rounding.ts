/**
 * Orders are whole units, at least the minimum order quantity, in whole packs (rounded up, so an
 * order never falls short of what the policy asked for).
 */
export function roundOrder(quantity: number, minOrderQuantity: number, packSize: number): number {
  if (!(quantity > 0)) return 0;
  const wanted = Math.max(Math.ceil(quantity - 1e-9), minOrderQuantity);
  return Math.ceil(wanted / packSize - 1e-9) * packSize;
}
