import { describe, expect, it } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { heldLevels } from './held-levels';
import { normalDemand } from './normal-demand-fixture';
import { resolveSettings, unitCosts } from './settings';
import type { DemandDistribution, PolicyRule } from './types';

const RS: PolicyRule = { kind: 'RS', level: 0.9, qMultiple: NaN };

/** Normal demand around a weekly pattern: quiet on the first day of each week, busy on the sixth. */
function weeklyDemand(horizon: number): DemandDistribution {
  const mean = (j: number): number => (j % 7 === 0 ? 2 : j % 7 === 5 ? 40 : 10);
  return {
    point: Float64Array.from({ length: horizon }, (_, j) => mean(j)),
    sumQuantile: () => NaN,
    samplePaths(count, seed) {
      const normal = normalSampler(mulberry32(seed));
      return Float64Array.from({ length: count * horizon }, (_, i) =>
        Math.max(0, mean(i % horizon) + 3 * normal()),
      );
    },
  };
}

describe('levels held over the horizon', () => {
  it('protects the busy days of the horizon, not the quiet first period', () => {
    const settings = resolveSettings({});
    const costs = unitCosts(settings, 1, 'daily');
    const levels = heldLevels(RS, weeklyDemand(28), new Float64Array(0), settings, costs, 1);
    // A level set for the first period would be about 2; the busy day asks for 40 + a safety margin.
    expect(levels.orderUpTo).toBeGreaterThan(40 + 2 * 3);
    expect(levels.reorderPoint).toBeNaN();
  });

  it('goes beyond the largest sampled demand when the paths resample only a few past errors', () => {
    const settings = resolveSettings({});
    const costs = unitCosts(settings, 1, 'daily');
    // Ten distinct paths (as from ten forecast origins): their largest day says little of a 0.998 tail.
    const few: DemandDistribution = {
      point: new Float64Array(28).fill(45),
      sumQuantile: () => NaN,
      samplePaths(count, seed) {
        const uniform = mulberry32(seed);
        const paths = new Float64Array(count * 28);
        for (let path = 0; path < count; path++) {
          const origin = Math.floor(uniform() * 10);
          for (let j = 0; j < 28; j++) paths[path * 28 + j] = 40 + ((origin + j) % 10);
        }
        return paths;
      },
    };
    const levels = heldLevels(RS, few, new Float64Array(0), settings, costs, 1);
    expect(levels.orderUpTo).toBeGreaterThan(49);
  });

  it('sets whole units when demand comes in whole units', () => {
    const settings = resolveSettings({});
    const costs = unitCosts(settings, 1, 'weekly');
    const history = Float64Array.from({ length: 60 }, (_, t) => 40 + (t % 5));
    const levels = heldLevels(RS, normalDemand(42, 4, 13), history, settings, costs, 1);
    expect(Number.isInteger(levels.orderUpTo)).toBe(true);
  });

  it('keeps the past windows in view: a spike of the recent history raises the level', () => {
    const settings = resolveSettings({});
    const costs = unitCosts(settings, 1, 'daily');
    const calm = Float64Array.from({ length: 60 }, () => 40);
    const spiky = calm.slice();
    spiky[55] = 90;
    const without = heldLevels(RS, normalDemand(40, 2, 13), calm, settings, costs, 1);
    const withSpike = heldLevels(RS, normalDemand(40, 2, 13), spiky, settings, costs, 1);
    expect(withSpike.orderUpTo).toBeGreaterThanOrEqual(90);
    expect(without.orderUpTo).toBeLessThan(60);
  });

  it('under a fill-rate target holds the cheapest level that meets it on the paths', () => {
    const costs = unitCosts(resolveSettings({}), 1, 'daily');
    const low = heldLevels(
      RS,
      normalDemand(50, 10, 28),
      new Float64Array(0),
      resolveSettings({ fillRateTarget: 0.9 }),
      costs,
      1,
    );
    const high = heldLevels(
      RS,
      normalDemand(50, 10, 28),
      new Float64Array(0),
      resolveSettings({ fillRateTarget: 0.99 }),
      costs,
      1,
    );
    expect(low.orderUpTo).toBeGreaterThan(50);
    expect(high.orderUpTo).toBeGreaterThan(low.orderUpTo);
  });

  it('keeps the order quantity of an (s, Q) rule and chooses its reorder point', () => {
    const settings = resolveSettings({ orderCost: 20 });
    const costs = unitCosts(settings, 1, 'weekly');
    const rule: PolicyRule = { kind: 'sQ', level: 0.9, qMultiple: 1 };
    const levels = heldLevels(rule, normalDemand(40, 5, 13), new Float64Array(0), settings, costs, 1);
    expect(levels.orderQuantity).toBeGreaterThan(1);
    expect(levels.orderUpTo - levels.reorderPoint).toBeCloseTo(levels.orderQuantity, 9);
    expect(levels.reorderPoint).toBeGreaterThan(40);
  });
});
