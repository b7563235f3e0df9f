/**
 * Several rows for one (series, period) — a till export with one line per sale, or a file
 * appended twice — become one: sales summed (default) or the last row kept. Covariates always come
 * from the last row (a price is not additive).
 */
import type { CleaningSettings, DataIssue } from './types';
import { ExampleLines, describeLines, makeIssue, plural } from './derive-issue';

export interface UniqueRows {
  length: number;
  series: Int32Array;
  period: Int32Array;
  /** Source row whose covariates represent the period (the last of its duplicates). */
  source: Int32Array;
  target: Float64Array;
}

export function mergeDuplicates(
  order: Int32Array,
  series: Int32Array,
  period: Int32Array,
  target: Float64Array,
  line: Int32Array,
  mode: CleaningSettings['duplicates'],
): { rows: UniqueRows; issue: DataIssue | null } {
  const n = order.length;
  const outSeries = new Int32Array(n);
  const outPeriod = new Int32Array(n);
  const outSource = new Int32Array(n);
  const outTarget = new Float64Array(n);
  const duplicates = new ExampleLines();
  let length = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i]!;
    const s = series[row]!;
    const p = period[row]!;
    const value = target[row]!;
    const last = length - 1;
    if (length > 0 && outSeries[last] === s && outPeriod[last] === p) {
      duplicates.add(line[row]!);
      outSource[last] = row;
      const previous = outTarget[last]!;
      if (mode === 'last') outTarget[last] = value;
      // Summing ignores empty cells, so one empty duplicate does not erase the others' sales.
      else if (!Number.isNaN(value)) outTarget[last] = Number.isNaN(previous) ? value : previous + value;
      continue;
    }
    outSeries[length] = s;
    outPeriod[length] = p;
    outSource[length] = row;
    outTarget[length] = value;
    length++;
  }
  const rows: UniqueRows = {
    length,
    series: outSeries.subarray(0, length),
    period: outPeriod.subarray(0, length),
    source: outSource.subarray(0, length),
    target: outTarget.subarray(0, length),
  };
  if (duplicates.count === 0) return { rows, issue: null };
  const action = mode === 'sum' ? 'their sales were summed' : 'the last row of each was kept';
  const message =
    `${plural(duplicates.count, 'row repeats', 'rows repeat')} a series and period already seen ` +
    `(${describeLines(duplicates.lines, duplicates.count)}); ${action}.`;
  return { rows, issue: makeIssue('status', 'duplicates', message, duplicates.count, duplicates.lines) };
}
