/** Negative sales are usually returns: kept (default) or clipped to 0. */
import { RowState, type CleaningSettings, type DataIssue } from './types';
import type { GridRows } from './clean-gaps';
import { ExampleLines, makeIssue } from './derive-issue';

export function handleNegatives(
  gridRows: GridRows,
  line: Int32Array,
  mode: CleaningSettings['negatives'],
): DataIssue | null {
  const { target, rowState, source } = gridRows;
  const negatives = new ExampleLines();
  for (let at = 0; at < gridRows.length; at++) {
    if (rowState[at] !== RowState.Observed || !(target[at]! < 0)) continue;
    negatives.add(line[source[at]!]!);
    if (mode === 'clip') target[at] = 0;
  }
  if (negatives.count === 0) return null;
  // Clipped values are a routine note; kept ones need a look (returns are not demand).
  const severity = mode === 'clip' ? 'status' : 'alert';
  return makeIssue(severity, { code: 'negatives', params: { mode } }, negatives.count, negatives.lines);
}
