/** The order list as the page filters it by ABC and XYZ class (the export always has every series). */
import type { AbcClass, XyzClass } from '../../core/inventory/abc-xyz';
import type { InventoryPlan, SeriesInventoryPlan } from '../../core/inventory/plan';

export interface ClassFilter {
  abc: AbcClass | 'all';
  xyz: XyzClass | 'all';
}

/** Indices (into the plan's series) of the series the filter keeps, in plan order. */
export function filteredSeries(plan: InventoryPlan, filter: ClassFilter): number[] {
  const keep = (series: SeriesInventoryPlan): boolean =>
    (filter.abc === 'all' || series.abc === filter.abc) &&
    (filter.xyz === 'all' || series.xyz === filter.xyz);
  return plan.series.flatMap((series, index) => (keep(series) ? [index] : []));
}

/** Series that order by the naive rule because they were too short to test a policy. */
export function untunedSeries(plan: InventoryPlan): string[] {
  return plan.series.flatMap((series) => (series.tuning === null ? [series.id] : []));
}
