/** Sales cells left empty (or unreadable) inside a series' history: the period counts as missing. */
import { RowState, type DataIssue } from './types';
import type { GridRows } from './clean-gaps';
import { ExampleLines, describeLines, makeIssue, plural } from './derive-issue';

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
  const message =
    `${plural(missing.count, 'period has', 'periods have')} no sales value inside the history ` +
    `(${describeLines(missing.lines, missing.count)}): treated as missing, not as zero.`;
  return makeIssue('alert', 'missing-sales', message, missing.count, missing.lines);
}
