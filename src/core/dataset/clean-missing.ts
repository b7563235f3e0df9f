/** Sales cells left empty (or unreadable) inside a series' history: the period counts as missing. */
import { RowState, type DataIssue } from './types';
import type { GridRows } from './clean-gaps';
import { ExampleLines, makeIssue } from './derive-issue';
import { NO_PARAMS } from './problem-codes';

export function markMissing(gridRows: GridRows, historyEnd: Int32Array, line: Int32Array): DataIssue | null {
  const { seriesStart, target, rowState, source } = gridRows;
  const missing = new ExampleLines();
  for (let s = 0; s < historyEnd.length; s++) {
    for (let at = seriesStart[s]!; at < historyEnd[s]!; at++) {
      if (rowState[at] !== RowState.Observed || !Number.isNaN(target[at]!)) continue;
      rowState[at] = RowState.Missing;
      missing.add(line[source[at]!]!);
    }
  }
  if (missing.count === 0) return null;
  // Treated as missing, not as zero.
  const detail = { code: 'missing-sales', params: NO_PARAMS } as const;
  return makeIssue('alert', detail, missing.count, missing.lines);
}
