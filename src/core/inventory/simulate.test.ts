import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { arrivalDelays } from './lead-time-draws';
import { SIM, SIM_SLOTS, simulate, type PolicySchedule, type SimulationOptions } from './simulate';
import type { PolicyKind } from './types';

const constant = (periods: number, value: number): Float64Array => new Float64Array(periods).fill(value);

function schedule(
  kind: PolicyKind,
  periods: number,
  levels: { s?: number; S?: number; Q?: number; R?: number },
): PolicySchedule {
  return {
    kind,
    reviewPeriod: levels.R ?? 1,
    reorderPoint: constant(periods, levels.s ?? NaN),
    orderUpTo: constant(periods, levels.S ?? NaN),
    orderQuantity: constant(periods, levels.Q ?? NaN),
  };
}

function options(
  periods: number,
  overrides: Partial<SimulationOptions> & { lead?: number } = {},
): SimulationOptions {
  return {
    backorders: false,
    minOrderQuantity: 0,
    packSize: 1,
    shelfLife: null,
    arrivalDelay: arrivalDelays(periods, overrides.lead ?? 1, 0, 1),
    initialOnHand: 0,
    initialOnOrder: 0,
    initialOnOrderArrival: 0,
    ...overrides,
  };
}

function run(demand: Float64Array, plan: PolicySchedule, settings: SimulationOptions): Float64Array {
  const record = new Float64Array(SIM_SLOTS);
  simulate(demand, 0, demand.length, plan, settings, record);
  return record;
}

function randomDemand(periods: number, seed: number, zeroShare: number): Float64Array {
  const uniform = mulberry32(seed);
  return Float64Array.from({ length: periods }, () =>
    uniform() < zeroShare ? 0 : Math.floor(uniform() * 20),
  );
}

describe('simulate', () => {
  it('delivers an order placed at t at the start of t + L', () => {
    // L = 3, S = 10, one unit of demand a period, nothing on hand: periods 0–2 are lost, the order
    // of 10 placed at period 0 lands at period 3, then each sale is replaced one for one.
    const plan = schedule('RS', 5, { S: 10 });
    const record = run(constant(5, 1), plan, options(5, { lead: 3 }));
    expect(record[SIM.short]).toBe(3);
    expect(record[SIM.sold]).toBe(2);
    expect(record[SIM.orderedUnits]).toBe(12);
    expect(record[SIM.receivedUnits]).toBe(10);
    expect(record[SIM.endOnOrder]).toBe(2);
    expect(record[SIM.endOnHand]).toBe(8);
    expect(record[SIM.stockoutPeriods]).toBe(3);
  });

  it('treats lost sales and backorders differently', () => {
    const plan = schedule('RS', 5, { S: 10 });
    const lost = run(constant(5, 1), plan, options(5, { lead: 3 }));
    const waiting = run(constant(5, 1), plan, options(5, { lead: 3, backorders: true }));
    // The backlog counts against the position, so each waiting unit is reordered (11, 1, 2, 1) and
    // the first arrival ships the 3 waiting units before it reaches the shelf.
    expect(waiting[SIM.backlogServed]).toBe(3);
    expect(waiting[SIM.endOnHand]).toBe(7);
    expect(waiting[SIM.orderedUnits]).toBe(15);
    expect(lost[SIM.endOnHand]).toBe(8);
    expect(lost[SIM.backlogServed]).toBe(0);
  });

  it('conserves units under lost sales and never holds negative stock', () => {
    const demand = randomDemand(200, 7, 0.3);
    const plan = schedule('sS', 200, { s: 15, S: 40 });
    const settings = options(200, { arrivalDelay: arrivalDelays(200, 3, 1.5, 11), initialOnHand: 25 });
    for (let end = 1; end <= 200; end++) {
      const record = new Float64Array(SIM_SLOTS);
      simulate(demand, 0, end, plan, settings, record);
      expect(record[SIM.endOnHand]).toBeGreaterThanOrEqual(0);
    }
    const record = run(demand, plan, settings);
    const sum = demand.reduce((a, b) => a + b, 0);
    expect(record[SIM.demand]).toBe(sum);
    expect((record[SIM.sold] as number) + (record[SIM.short] as number)).toBeCloseTo(sum, 9);
    expect((record[SIM.receivedUnits] as number) + (record[SIM.endOnOrder] as number)).toBeCloseTo(
      record[SIM.orderedUnits] as number,
      9,
    );
    expect(25 + (record[SIM.receivedUnits] as number)).toBeCloseTo(
      (record[SIM.sold] as number) + (record[SIM.endOnHand] as number),
      9,
    );
    expect(record[SIM.endBacklog]).toBe(0);
  });

  it('conserves units under backorders', () => {
    const demand = randomDemand(150, 3, 0.2);
    const record = run(
      demand,
      schedule('RS', 150, { S: 30, R: 3 }),
      options(150, { lead: 2, backorders: true }),
    );
    const sum = demand.reduce((a, b) => a + b, 0);
    expect((record[SIM.sold] as number) + (record[SIM.short] as number)).toBeCloseTo(sum, 9);
    expect(record[SIM.endBacklog]).toBeCloseTo(
      (record[SIM.short] as number) - (record[SIM.backlogServed] as number),
      9,
    );
    expect(record[SIM.receivedUnits]).toBeCloseTo(
      (record[SIM.sold] as number) +
        (record[SIM.backlogServed] as number) +
        (record[SIM.endOnHand] as number),
      9,
    );
  });

  it('orders whole multiples of Q under (s, Q)', () => {
    // Position 0 with s = 25 and Q = 10: three lots bring it to 30, above s.
    const record = run(constant(1, 0), schedule('sQ', 1, { s: 25, Q: 10 }), options(1));
    expect(record[SIM.orderedUnits]).toBe(30);
    expect(record[SIM.orders]).toBe(1);
  });

  it('orders only when the position is at or below s under (s, S)', () => {
    const record = run(constant(4, 2), schedule('sS', 4, { s: 5, S: 10 }), options(4, { initialOnHand: 10 }));
    // On hand 8, 6, 4 → the order at period 2 brings the position back to 10.
    expect(record[SIM.orders]).toBe(1);
    expect(record[SIM.orderedUnits]).toBe(6);
  });

  it('reviews periodic policies every R periods only', () => {
    const record = run(constant(9, 1), schedule('RS', 9, { S: 5, R: 3 }), options(9, { initialOnHand: 5 }));
    expect(record[SIM.orders]).toBe(3);
  });

  it('lets pack rounding change the service achieved', () => {
    const demand = randomDemand(300, 5, 0.4);
    const plan = schedule('RS', 300, { S: 12 });
    const loose = run(demand, plan, options(300, { initialOnHand: 12 }));
    const packed = run(demand, plan, options(300, { initialOnHand: 12, packSize: 24 }));
    const fill = (record: Float64Array): number =>
      (record[SIM.sold] as number) / (record[SIM.demand] as number);
    expect(fill(packed)).toBeGreaterThan(fill(loose) + 0.02);
    expect(packed[SIM.orderedUnits]! % 24).toBe(0);
  });

  it('throws away perishables past their shelf life, oldest sold first', () => {
    // Shelf life 2: the 10 units on hand at period 0 can be sold in periods 0 and 1 only.
    const record = run(constant(3, 1), schedule('RS', 3, { S: 0 }), {
      ...options(3),
      initialOnHand: 10,
      shelfLife: 2,
    });
    expect(record[SIM.sold]).toBe(2);
    expect(record[SIM.expiredUnits]).toBe(8);
    expect(record[SIM.short]).toBe(1);
  });

  it('counts a replenishment cycle as served when it had no stock-out', () => {
    // Cycles start at period 0 and at the arrivals of periods 2 and 4. The first runs out at period 1,
    // the second (6 arrive, 3 + 3 sold) is served, the third (3 arrive) runs out at period 5.
    const record = run(
      constant(6, 3),
      schedule('RS', 6, { S: 6, R: 2 }),
      options(6, { lead: 2, initialOnHand: 3 }),
    );
    expect(record[SIM.cycles]).toBe(3);
    expect(record[SIM.cyclesWithStockout]).toBe(2);
  });
});
