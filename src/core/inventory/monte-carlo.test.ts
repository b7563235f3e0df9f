import { describe, expect, it } from 'vitest';
import { forwardMonteCarlo } from './monte-carlo';
import { normalDemand } from './normal-demand-fixture';
import { resolveSettings } from './settings';

describe('forwardMonteCarlo', () => {
  const settings = resolveSettings({ leadTime: 1 });
  const costs = { holding: 0.1, shortage: 2, order: 0, waste: 1 };
  const run = (orderUpTo: number, seed = 3) =>
    forwardMonteCarlo(
      normalDemand(10, 4, 30),
      'base_stock',
      { reorderPoint: NaN, orderUpTo, orderQuantity: NaN },
      settings,
      costs,
      {
        paths: 400,
        horizon: 30,
        seed,
        onHand: orderUpTo,
        onOrder: 0,
        periodsPerYear: 52,
      },
    );

  it('meets the textbook fill rate of a base-stock level on average, with a spread', () => {
    // Cover of 1 period, S = μ + 1.645σ: expected shortage σ·G(1.645) = 4·0.0209 a period, fill ≈ 0.9916.
    const result = run(10 + 1.645 * 4);
    expect(result.paths).toBe(400);
    expect(result.mean.fillRate).toBeGreaterThan(0.98);
    expect(result.spread.totalCost.p10).toBeLessThan(result.spread.totalCost.p90);
    expect(result.spread.fillRate.p90).toBeLessThanOrEqual(1);
  });

  it('repeats for a seed and serves worse at a lower level', () => {
    expect(run(16).mean).toEqual(run(16).mean);
    expect(run(8).mean.fillRate).toBeLessThan(run(16).mean.fillRate - 0.1);
  });
});
