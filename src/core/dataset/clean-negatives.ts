/** Negative sales are usually returns: kept (default) or clipped to 0. */
import { RowState, type CleaningSettings, type DataIssue } from './types';
import type { GridRows } from './clean-gaps';
import { ExampleLines, describeLines, makeIssue, plural } from './derive-issue';

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
  const where = describeLines(negatives.lines, negatives.count);
  if (mode === 'clip') {
    const message = `${plural(negatives.count, 'negative sales value', 'negative sales values')} (returns?) clipped to 0 (${where}).`;
    return makeIssue('status', 'negatives', message, negatives.count, negatives.lines);
  }
  const message =
    `${plural(negatives.count, 'negative sales value', 'negative sales values')} (returns?) kept as they are (${where}); ` +
    'choose "clip to 0" if they are not demand.';
  return makeIssue('alert', 'negatives', message, negatives.count, negatives.lines);
}
