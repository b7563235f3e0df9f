import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { normalDemand } from './normal-demand-fixture';
import { planSeries } from './plan';
import { traceSeries } from './series-trace';

function demandSeries(length: number, seed: number, mean: number): Float64Array {
  const uniform = mulberry32(seed);
  return Float64Array.from({ length }, () => Math.round(2 * mean * uniform()));
}

describe('traceSeries', () => {
  const input = {
    id: 'fast',
    demand: demandSeries(200, 1, 20),
    unitValue: 5,
    nextPeriodDate: 1000,
    provider: () => normalDemand(20, 11.5, 10),
  };

  it('replays the tuned rule over its test window with the KPIs the plan reported', () => {
    const plan = planSeries(input, { leadTime: 2 }, 'weekly', 7);
    const { from, trace, kpis, demand } = traceSeries(input, plan, 'weekly', 7);
    expect(from).toBe(150);
    expect(demand.length).toBe(50);
    expect(kpis).toEqual(plan.tuning?.test);
    const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0);
    expect(sum(trace.ordered)).toBe(kpis.orderedUnits);
    expect(sum(trace.short)).toBe(kpis.shortUnits);
    expect(sum(trace.onHand) / trace.onHand.length).toBeCloseTo(kpis.averageOnHand, 9);
    // Position = on hand + on order (lost sales: no backlog), never below on hand.
    expect(trace.position.every((p, i) => p >= (trace.onHand[i] as number))).toBe(true);
  });

  it('replays the naive rule over the whole history of a series too short to tune', () => {
    const short = { ...input, demand: demandSeries(6, 3, 4), provider: null };
    const plan = planSeries(short, {}, 'weekly', 7);
    const result = traceSeries(short, plan, 'weekly', 7);
    expect(result.from).toBe(0);
    expect(result.trace.onHand.length).toBe(6);
  });
});
