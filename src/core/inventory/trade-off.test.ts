import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { normalDemand } from './normal-demand-fixture';
import { SERVICE_LEVELS } from './candidates';
import { planSeries } from './plan';
import { resolveSettings, unitCosts } from './settings';
import { seriesTradeOff, TRADE_OFF_LEVELS, tradeOffCurve } from './trade-off';

describe('tradeOffCurve', () => {
  it('buys fill rate with stock: higher levels serve better and hold more', () => {
    const uniform = mulberry32(5);
    const demand = Float64Array.from({ length: 300 }, () => Math.round(40 * uniform()));
    const settings = resolveSettings({ leadTime: 2 });
    const context = {
      demand,
      settings,
      costs: unitCosts(settings, 1, 'daily'),
      periodsPerYear: 365,
      seed: 1,
    };
    const curve = tradeOffCurve(
      () => normalDemand(20, 11.5, 10),
      { validationFrom: 100, testFrom: 300, end: 300 },
      context,
      'RS',
    );
    expect(curve.length).toBe(13);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]!.fillRate).toBeGreaterThanOrEqual(curve[i - 1]!.fillRate);
      expect(curve[i]!.holdingCost).toBeGreaterThan(curve[i - 1]!.holdingCost);
    }
    expect(curve[0]!.fillRate).toBeLessThan(0.95);
    expect(curve[12]!.fillRate).toBeGreaterThan(0.97);
  });
});

describe('seriesTradeOff', () => {
  const uniform = mulberry32(9);
  const input = {
    id: 'fast',
    demand: Float64Array.from({ length: 200 }, () => Math.round(40 * uniform())),
    unitValue: 5,
    nextPeriodDate: 1000,
    provider: () => normalDemand(20, 11.5, 10),
  };

  it("moves along the tuned policy, whose own point is no dearer than the curve's shared levels", () => {
    const plan = planSeries(input, { leadTime: 2, policy: 'RS' }, 'weekly', 7);
    const curve = seriesTradeOff(input, plan, 'weekly', 7);
    expect(curve?.kind).toBe('RS');
    expect(curve?.points.length).toBe(TRADE_OFF_LEVELS.length);
    expect(curve?.chosen.totalCost).toBe(plan.tuning?.validation.totalCost);
    // The optimiser replayed these same levels on the same validation periods and kept the cheapest.
    const shared = curve?.points.filter((point) => SERVICE_LEVELS.includes(point.level)) ?? [];
    expect(shared.length).toBeGreaterThan(4);
    for (const point of shared)
      expect(point.totalCost).toBeGreaterThanOrEqual(curve?.chosen.totalCost ?? NaN);
  });

  it('has no curve for a series too short to tune', () => {
    const short = { ...input, demand: input.demand.slice(0, 6), provider: null };
    expect(seriesTradeOff(short, planSeries(short, {}, 'weekly', 7), 'weekly', 7)).toBeNull();
  });
});
