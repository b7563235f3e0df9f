/**
 * The plan: rows after a series' last sales value that carry only covariates (next month's prices
 * and promotions). They mark where the history ends and are never counted as missing or zero sales.
 */
import { RowState, type DataIssue } from './types';
import type { GridRows } from './clean-gaps';
import { makeIssue } from './derive-issue';

/** `targetUnreadable` (by source row): a cell that held text is a data problem, not the plan. */
export function markPlan(
  gridRows: GridRows,
  targetUnreadable: Uint8Array | null,
): { historyEnd: Int32Array; planRows: number; issue: DataIssue | null } {
  const { seriesStart, target, rowState, source } = gridRows;
  const isEmpty = (at: number): boolean => {
    const row = source[at]!;
    return (
      Number.isNaN(target[at]!) && !(targetUnreadable !== null && row >= 0 && targetUnreadable[row] === 1)
    );
  };
  const seriesCount = seriesStart.length - 1;
  const historyEnd = new Int32Array(seriesCount);
  let planRows = 0;
  let seriesWithPlan = 0;
  for (let s = 0; s < seriesCount; s++) {
    const start = seriesStart[s]!;
    let end = seriesStart[s + 1]!;
    while (end > start && isEmpty(end - 1)) end--;
    historyEnd[s] = end;
    for (let at = end; at < seriesStart[s + 1]!; at++) rowState[at] = RowState.Plan;
    const plan = seriesStart[s + 1]! - end;
    planRows += plan;
    if (plan > 0) seriesWithPlan++;
  }
  if (planRows === 0) return { historyEnd, planRows, issue: null };
  const detail = { code: 'plan-rows', params: { series: seriesWithPlan } } as const;
  return { historyEnd, planRows, issue: makeIssue('status', detail, planRows) };
}
