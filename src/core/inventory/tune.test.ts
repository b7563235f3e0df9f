import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { normalDemand } from './normal-demand-fixture';
import { resolveSettings, unitCosts } from './settings';
import { defaultWindows, tuneSeries } from './tune';
import type { InventorySettings } from './types';

/** Demand ~ round(N(20, 8)) floored at 0, seeded. */
function demandSeries(length: number, seed: number): Float64Array {
  const uniform = mulberry32(seed);
  return Float64Array.from({ length }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    return Math.max(0, Math.round(20 + 8 * z));
  });
}

function tune(settings: InventorySettings, demand = demandSeries(400, 4)) {
  const windows = defaultWindows(demand.length, settings);
  if (windows === null) throw new Error('too short');
  const context = { demand, settings, costs: unitCosts(settings, 10, 'weekly'), periodsPerYear: 52, seed: 1 };
  return tuneSeries(() => normalDemand(20, 8, 20), windows, context);
}

describe('tuneSeries', () => {
  it('beats the naive rule on the test window it was not tuned on', () => {
    const result = tune(resolveSettings({ leadTime: 2, reviewPeriod: 2, shortageCostPct: 50 }));
    expect(result.candidates).toBeGreaterThan(40);
    expect(result.rule.kind).not.toBe('naive');
    expect(result.test.periods).toBe(100);
    expect(result.test.totalCost).toBeLessThan(result.naiveTest.totalCost);
  });

  it('meets a fill-rate target at the lowest holding and ordering cost, and reports the simulated service', () => {
    const loose = tune(resolveSettings({ fillRateTarget: 0.9 }));
    const strict = tune(resolveSettings({ fillRateTarget: 0.99 }));
    expect(loose.validation.fillRate).toBeGreaterThanOrEqual(0.9);
    expect(strict.validation.fillRate).toBeGreaterThanOrEqual(0.99);
    expect(strict.validation.holdingCost).toBeGreaterThan(loose.validation.holdingCost);
    expect(strict.notices).toEqual([]);
  });

  it('says so when no rule reaches the target', () => {
    const result = tune(resolveSettings({ fillRateTarget: 0.9999, policy: 'naive' }));
    expect(result.notices[0]?.code).toBe('fill_rate_target_unmet');
  });

  it('leaves the naive rule for a series without a forecast', () => {
    const settings = resolveSettings({});
    const demand = demandSeries(40, 2);
    const windows = defaultWindows(demand.length, settings);
    if (windows === null) throw new Error('too short');
    const result = tuneSeries(null, windows, {
      demand,
      settings,
      costs: unitCosts(settings, 1, 'daily'),
      periodsPerYear: 365,
      seed: 1,
    });
    expect(result.rule.kind).toBe('naive');
    expect(result.test).toEqual(result.naiveTest);
  });

  it('needs windows of at least two protection intervals', () => {
    expect(defaultWindows(40, resolveSettings({ leadTime: 1 }))).toEqual({
      validationFrom: 20,
      testFrom: 30,
      end: 40,
    });
    expect(defaultWindows(40, resolveSettings({ leadTime: 6 }))).toBeNull();
  });
});
