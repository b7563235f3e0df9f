import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { normalDemand } from './normal-demand-fixture';
import { resolveSettings, unitCosts } from './settings';
import { tradeOffCurve } from './trade-off';

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
