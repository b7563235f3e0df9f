/**
 * Periods that could not sell — the store was closed (availability 0) or the item was not listed
 * (price cell empty) — are kept out of demand: their zero is not a lack of demand. A period with
 * positive sales did sell whatever the flags say, so it stays observed. Plan rows (after the last
 * sales value) flagged the same way are periods the user already knows will not sell: they are
 * marked so the forecast of those periods is 0.
 */
import { RowState, type DataIssue } from './types';
import type { GridRows } from './clean-gaps';
import { ExampleLines, makeIssue } from './derive-issue';

export interface SellingSignals {
  availability: Float64Array | null;
  priceEmpty: Uint8Array | null;
  line: Int32Array;
}

export function markNotSelling(
  gridRows: GridRows,
  historyEnd: Int32Array,
  signals: SellingSignals,
): { notSelling: number; issue: DataIssue | null } {
  const { availability, priceEmpty, line } = signals;
  if (!availability && !priceEmpty) return { notSelling: 0, issue: null };
  const { seriesStart, target, rowState, source } = gridRows;
  const cannotSell = (row: number): boolean =>
    (availability !== null && availability[row] === 0) || (priceEmpty !== null && priceEmpty[row] === 1);
  const closed = new ExampleLines();
  const unlisted = new ExampleLines();
  for (let s = 0; s < historyEnd.length; s++) {
    for (let at = seriesStart[s]!; at < historyEnd[s]!; at++) {
      const row = source[at]!;
      if (row < 0 || target[at]! > 0) continue;
      const isClosed = availability !== null && availability[row] === 0;
      const isUnlisted = priceEmpty !== null && priceEmpty[row] === 1;
      if (!isClosed && !isUnlisted) continue;
      target[at] = NaN;
      rowState[at] = RowState.NotSelling;
      (isClosed ? closed : unlisted).add(line[row]!);
    }
    for (let at = historyEnd[s]!; at < seriesStart[s + 1]!; at++) {
      const row = source[at]!;
      if (row < 0 || !cannotSell(row)) continue;
      rowState[at] = RowState.PlanClosed;
    }
  }
  const notSelling = closed.count + unlisted.count;
  if (notSelling === 0) return { notSelling, issue: null };
  const lines = [...closed.lines, ...unlisted.lines].slice(0, 5);
  const detail = { code: 'not-selling', params: { closed: closed.count, unlisted: unlisted.count } } as const;
  return { notSelling, issue: makeIssue('status', detail, notSelling, lines) };
}
