import { describe, expect, it } from 'vitest';
import { coverPeriods } from './protection';
import { SIM, SIM_SLOTS, simulate } from './simulate';

/**
 * (R, S) at level S over constant demand, in the timing an outside replay of the order list uses
 * (start with S on hand and nothing on order; each period arrivals, demand, review; an order placed at
 * t arrives at t + L): the units lost.
 */
function lostUnits(leadTime: number, reviewPeriod: number, orderUpTo: number, perPeriod: number): number {
  const periods = 60;
  const record = new Float64Array(SIM_SLOTS);
  simulate(
    new Float64Array(periods).fill(perPeriod),
    0,
    periods,
    {
      kind: 'RS',
      reviewPeriod,
      reorderPoint: new Float64Array(periods).fill(NaN),
      orderUpTo: new Float64Array(periods).fill(orderUpTo),
      orderQuantity: new Float64Array(periods).fill(NaN),
    },
    {
      backorders: false,
      minOrderQuantity: 0,
      packSize: 1,
      shelfLife: null,
      arrivalDelay: new Int32Array(periods).fill(leadTime),
      initialOnHand: orderUpTo,
      initialOnOrder: 0,
      initialOnOrderArrival: 0,
    },
    record,
  );
  return record[SIM.short] as number;
}

describe('the periods an order-up-to level must cover', () => {
  // The textbook's L + R counts the lead time to the end of the period the goods arrive in; here they
  // are sold in the period they arrive, so the demand to cover is that of L + R − 1 periods.
  it.each([
    [1, 1],
    [2, 1],
    [3, 7],
    [5, 4],
  ])('lead time %i, review every %i: L + R − 1 periods of demand and no fewer', (leadTime, review) => {
    const cover = coverPeriods(leadTime, review);
    expect(cover).toBe(leadTime + review - 1);
    expect(lostUnits(leadTime, review, cover * 10, 10)).toBe(0);
    expect(lostUnits(leadTime, review, (cover - 1) * 10, 10)).toBeGreaterThan(0);
  });

  it('an order that is on the shelf at once (lead time 0) covers the review period', () => {
    expect(coverPeriods(0, 3)).toBe(3);
    expect(lostUnits(0, 3, 30, 10)).toBe(0);
    expect(lostUnits(0, 3, 20, 10)).toBeGreaterThan(0);
  });
});
