import { describe, expect, it } from 'vitest';
import { FORWARD_PATHS, forwardPaths, summariseForward, type ForwardPaths } from './forward';
import { forwardRuns } from './monte-carlo';
import { normalDemand } from './normal-demand-fixture';
import { resolveSettings } from './settings';

const paths = (demand: number[], short: number[], totalCost: number[], horizon = 10): ForwardPaths => ({
  horizon,
  demand: Float64Array.from(demand),
  short: Float64Array.from(short),
  totalCost: Float64Array.from(totalCost),
});

describe('summariseForward', () => {
  it('adds series path by path, so the total fill rate weighs each series by its demand', () => {
    const big = paths([100, 100, 100], [0, 10, 20], [1, 2, 3]);
    const small = paths([10, 10, 10], [10, 0, 5], [10, 20, 30], 14);
    const total = summariseForward([big, small]);
    expect(total?.paths).toBe(3);
    expect(total?.horizon).toBe(14);
    // Path fill rates: 1 − 10/110, 1 − 10/110, 1 − 25/110 (not the mean of the series' own rates).
    expect(total?.fillRate.mean).toBeCloseTo(1 - 45 / 330, 12);
    expect(total?.totalCost.mean).toBeCloseTo(22, 12);
    // Percentiles of the summed paths (11, 22, 33), interpolated: p10 = 11 + 0.2 × 11.
    expect(total?.totalCost.p10).toBeCloseTo(13.2, 12);
    expect(total?.totalCost.p90).toBeCloseTo(30.8, 12);
    expect(total?.fillRate.p10).toBeLessThan(total?.fillRate.p90 ?? -1);
  });

  it('counts a path with no demand as fully served, and has no summary without series', () => {
    expect(summariseForward([paths([0], [0], [5])])?.fillRate.mean).toBe(1);
    expect(summariseForward([])).toBeNull();
  });
});

describe('forwardPaths', () => {
  it("keeps the Monte Carlo's paths over the forecast's horizon", () => {
    const settings = resolveSettings({ leadTime: 1 });
    const costs = { holding: 0.1, shortage: 2, order: 0, waste: 1 };
    const levels = { reorderPoint: NaN, orderUpTo: 16, orderQuantity: NaN };
    const options = { seed: 3, onHand: 16, onOrder: 0, periodsPerYear: 52 };
    const distribution = normalDemand(10, 4, 30);
    const forward = forwardPaths(distribution, 'base_stock', levels, settings, costs, options);
    expect(forward.horizon).toBe(30);
    expect(forward.totalCost.length).toBe(FORWARD_PATHS);
    const reference = forwardRuns(distribution, 'base_stock', levels, settings, costs, {
      ...options,
      paths: FORWARD_PATHS,
      horizon: 30,
    });
    expect([...forward.totalCost]).toEqual(reference.map((kpis) => kpis.totalCost));
    expect([...forward.short]).toEqual(reference.map((kpis) => kpis.shortUnits));
    const summary = summariseForward([forward]);
    const meanCost = reference.reduce((sum, kpis) => sum + kpis.totalCost, 0) / reference.length;
    expect(summary?.totalCost.mean).toBeCloseTo(meanCost, 9);
  });
});
