// The held-out replay of the inventory benchmark, written apart from the engine so that the levels
// are judged by a rule anyone can check: start with on-hand = order_up_to and nothing on order; each
// period arrivals, then demand (lost sales), then the review; an order placed at t arrives at t + L;
// `sS` orders up to S when the position is ≤ s, `sQ` orders multiples of Q = S − s when it is ≤ s,
// every other policy orders up to S at each review. Cost = holding on end-of-period on-hand +
// shortage per lost unit (order cost not counted).

/**
 * @typedef {{ policy: string, reorderPoint: number | null, orderUpTo: number }} ExportedLevels
 * @typedef {{ leadTime: number, reviewPeriod: number, holding: number, shortage: number }} ReplaySettings
 */

/**
 * @param {ArrayLike<number>} demand the held-out periods (NaN = no demand)
 * @param {ExportedLevels} levels
 * @param {ReplaySettings} settings
 */
export function replayLevels(demand, levels, settings) {
  const { leadTime, reviewPeriod, holding, shortage } = settings;
  const S = levels.orderUpTo;
  const s = levels.reorderPoint ?? NaN;
  const Q = S - s;
  const arrivals = new Float64Array(demand.length + leadTime + 1);
  let onHand = S;
  let onOrder = 0;
  let asked = 0;
  let sold = 0;
  let lost = 0;
  let held = 0;
  for (let t = 0; t < demand.length; t++) {
    const arriving = arrivals[t] ?? 0;
    onHand += arriving;
    onOrder -= arriving;
    const value = demand[t] ?? NaN;
    const d = Number.isNaN(value) ? 0 : value;
    const met = Math.min(onHand, d);
    asked += d;
    sold += met;
    lost += d - met;
    onHand -= met;
    if (t % reviewPeriod === 0) {
      const position = onHand + onOrder;
      const quantity =
        levels.policy === 'sS'
          ? position <= s
            ? S - position
            : 0
          : levels.policy === 'sQ'
            ? position <= s && Q > 0
              ? Q * (Math.floor((s - position) / Q) + 1)
              : 0
            : Math.max(0, S - position);
      if (quantity > 0) {
        if (leadTime === 0) onHand += quantity;
        else {
          arrivals[t + leadTime] = (arrivals[t + leadTime] ?? 0) + quantity;
          onOrder += quantity;
        }
      }
    }
    held += onHand;
  }
  return { demand: asked, sold, lost, holdingCost: holding * held, shortageCost: shortage * lost };
}
