import { describe, expect, it } from 'vitest';
import { forwardRuns } from './monte-carlo';
import { normalDemand } from './normal-demand-fixture';
import { resolveSettings } from './settings';

describe('forwardRuns', () => {
  const settings = resolveSettings({ leadTime: 1 });
  const costs = { holding: 0.1, shortage: 2, order: 0, waste: 1 };
  const run = (orderUpTo: number, seed = 3) =>
    forwardRuns(
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
  const meanFillRate = (runs: ReturnType<typeof run>) =>
    runs.reduce((sum, kpis) => sum + kpis.fillRate, 0) / runs.length;

  it('meets the textbook fill rate of a base-stock level on average, with a spread', () => {
    // Cover of 1 period, S = μ + 1.645σ: expected shortage σ·G(1.645) = 4·0.0209 a period, fill ≈ 0.9916.
    const runs = run(10 + 1.645 * 4);
    expect(runs).toHaveLength(400);
    expect(meanFillRate(runs)).toBeGreaterThan(0.98);
    const costs = runs.map((kpis) => kpis.totalCost);
    expect(Math.min(...costs)).toBeLessThan(Math.max(...costs));
    for (const kpis of runs) expect(kpis.fillRate).toBeLessThanOrEqual(1);
  });

  it('repeats for a seed and serves worse at a lower level', () => {
    expect(run(16)).toEqual(run(16));
    expect(meanFillRate(run(8))).toBeLessThan(meanFillRate(run(16)) - 0.1);
  });
});
