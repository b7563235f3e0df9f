/**
 * The KPI table's rows: the tuned series grouped by the policy each one was given, each group's
 * KPIs on its test windows summed (rates recomputed from the sums), the total, and what the tuned
 * rules saved against the naive rule replayed on the same windows.
 */
import { totalKpis, type InventoryKpis } from '../../core/inventory/kpis';
import type { InventoryPlan } from '../../core/inventory/plan';
import type { PolicyKind } from '../../core/inventory/types';

export interface KpiRow {
  /** A policy, or 'total'. */
  key: PolicyKind | 'total';
  series: number;
  kpis: InventoryKpis;
}

const POLICY_ORDER: readonly PolicyKind[] = ['sQ', 'sS', 'RS', 'base_stock', 'newsvendor', 'naive'];

export function kpiRows(plan: InventoryPlan): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const kind of POLICY_ORDER) {
    const tuned = plan.series.flatMap((series) =>
      series.tuning !== null && series.rule.kind === kind ? [series.tuning.test] : [],
    );
    if (tuned.length > 0) rows.push({ key: kind, series: tuned.length, kpis: totalKpis(tuned) });
  }
  const series = rows.reduce((sum, row) => sum + row.series, 0);
  rows.push({ key: 'total', series, kpis: plan.totals.test });
  return rows;
}

export interface Saving {
  /** Naive rule's total cost minus the tuned rules', on the same test windows (positive: saved). */
  money: number;
  /** Tuned fill rate minus the naive rule's (positive: better service). */
  fillRate: number;
  cycleServiceLevel: number;
}

export function savingAgainstNaive(plan: InventoryPlan): Saving {
  const { test, naiveTest } = plan.totals;
  return {
    money: naiveTest.totalCost - test.totalCost,
    fillRate: test.fillRate - naiveTest.fillRate,
    cycleServiceLevel: test.cycleServiceLevel - naiveTest.cycleServiceLevel,
  };
}
