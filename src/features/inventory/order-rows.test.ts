import { describe, expect, it } from 'vitest';
import { planInventory } from '../../core/inventory/plan';
import { normalDemand } from '../../core/inventory/normal-demand-fixture';
import { filteredSeries, untunedSeries } from './order-rows';

const steady = Float64Array.from({ length: 200 }, (_, t) => 20 + (t % 3));
const sparse = Float64Array.from({ length: 200 }, (_, t) => (t % 9 === 0 ? 30 : 0));
const plan = planInventory(
  [
    {
      id: 'steady',
      demand: steady,
      unitValue: 10,
      nextPeriodDate: 0,
      provider: () => normalDemand(21, 1, 10),
    },
    { id: 'sparse', demand: sparse, unitValue: 1, nextPeriodDate: 0, provider: () => normalDemand(3, 9, 10) },
    { id: 'new', demand: Float64Array.from([1, 2, 3]), unitValue: 1, nextPeriodDate: 0, provider: null },
  ],
  {},
  'weekly',
  1,
);

describe('order list filters', () => {
  it('keeps the series of the chosen ABC and XYZ classes', () => {
    expect(filteredSeries(plan, { abc: 'all', xyz: 'all' })).toEqual([0, 1, 2]);
    expect(filteredSeries(plan, { abc: 'A', xyz: 'all' })).toEqual([0]);
    expect(filteredSeries(plan, { abc: 'all', xyz: 'X' })).toEqual([0, 2]);
    expect(filteredSeries(plan, { abc: 'all', xyz: 'Z' })).toEqual([1]);
  });

  it('names the series that order by the naive rule for want of history', () => {
    expect(untunedSeries(plan)).toEqual(['new']);
  });
});
