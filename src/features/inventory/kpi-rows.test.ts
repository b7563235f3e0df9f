import { describe, expect, it } from 'vitest';
import { planInventory } from '../../core/inventory/plan';
import { normalDemand } from '../../core/inventory/normal-demand-fixture';
import { mulberry32 } from '../../core/metrics/seeded-random';
import { kpiRows, savingAgainstNaive } from './kpi-rows';

function demandSeries(length: number, seed: number, mean: number): Float64Array {
  const uniform = mulberry32(seed);
  return Float64Array.from({ length }, () => Math.round(2 * mean * uniform()));
}

const plan = planInventory(
  [
    {
      id: 'a',
      demand: demandSeries(200, 1, 20),
      unitValue: 5,
      nextPeriodDate: 0,
      provider: () => normalDemand(20, 11.5, 10),
    },
    {
      id: 'b',
      demand: demandSeries(200, 2, 5),
      unitValue: 1,
      nextPeriodDate: 0,
      provider: () => normalDemand(5, 3, 10),
    },
    { id: 'short', demand: demandSeries(6, 3, 4), unitValue: 1, nextPeriodDate: 0, provider: null },
  ],
  { leadTime: 2 },
  'weekly',
  7,
);

describe('kpiRows', () => {
  it('has one row per policy given and a total over the tuned series', () => {
    const rows = kpiRows(plan);
    const total = rows.at(-1);
    expect(total?.key).toBe('total');
    expect(total?.series).toBe(2);
    expect(rows.slice(0, -1).reduce((sum, row) => sum + row.kpis.totalCost, 0)).toBeCloseTo(
      total?.kpis.totalCost ?? NaN,
      9,
    );
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('measures the saving against the naive rule on the same windows', () => {
    const saving = savingAgainstNaive(plan);
    expect(saving.money).toBeCloseTo(plan.totals.naiveTest.totalCost - plan.totals.test.totalCost, 9);
    expect(saving.fillRate).toBeCloseTo(plan.totals.test.fillRate - plan.totals.naiveTest.fillRate, 12);
  });
});
