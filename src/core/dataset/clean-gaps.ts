/**
 * Puts each series on the regular grid of its frequency, from its first to its last period, and
 * fills the periods the file skipped: sales 0 (default: many exports leave out days without sales)
 * or left missing.
 */
import { RowState, type CleaningSettings, type DataIssue } from './types';
import type { DuplicateRows } from './clean-duplicates';
import type { PeriodGrid } from './derive-periods';
import { makeIssue } from './derive-issue';
import { valueAt, type RowValues } from './row-values';

export interface GridRows {
  length: number;
  seriesStart: Int32Array;
  dates: Int32Array;
  target: Float64Array;
  rowState: Uint8Array;
  /** Source row of each grid row; -1 for a period the file skipped. */
  source: Int32Array;
}

/** The rows to place: series code, grid period, day, sales and file line of each. */
export interface PeriodRows {
  length: number;
  series: Int32Array;
  period: Int32Array;
  day: RowValues;
  target: RowValues;
  line: Int32Array;
}

/**
 * Lays the rows on the grid, each series from its first to its last period; skipped periods get NaN
 * sales. Each row goes straight to its cell (series start + period offset), so no sort is needed; a
 * row whose cell is already filled is a duplicate and is merged into it.
 */
export function layOnGrid(
  rows: PeriodRows,
  seriesCount: number,
  grid: PeriodGrid,
  duplicates: DuplicateRows,
): GridRows {
  const { series, period } = rows;
  const seriesStart = new Int32Array(seriesCount + 1);
  const firstPeriod = new Int32Array(seriesCount).fill(0x7fffffff);
  const lastPeriod = new Int32Array(seriesCount).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    const s = series[i]!;
    const p = period[i]!;
    if (p < firstPeriod[s]!) firstPeriod[s] = p;
    if (p > lastPeriod[s]!) lastPeriod[s] = p;
  }
  for (let s = 0; s < seriesCount; s++) {
    const span = lastPeriod[s]! >= 0 ? lastPeriod[s]! - firstPeriod[s]! + 1 : 0;
    seriesStart[s + 1] = seriesStart[s]! + span;
  }
  const length = seriesStart[seriesCount]!;
  const dates = new Int32Array(length);
  const target = new Float64Array(length).fill(NaN);
  const rowState = new Uint8Array(length).fill(RowState.GapFilled);
  const source = new Int32Array(length).fill(-1);
  for (let row = 0; row < rows.length; row++) {
    const s = series[row]!;
    const at = seriesStart[s]! + period[row]! - firstPeriod[s]!;
    // A duplicate's cell takes the later row's day and covariates, as "last" reads.
    dates[at] = valueAt(rows.day, row);
    if (source[at] === -1) {
      target[at] = valueAt(rows.target, row);
      rowState[at] = RowState.Observed;
    } else {
      duplicates.merge(target, at, valueAt(rows.target, row), rows.line[row]!);
    }
    source[at] = row;
  }
  for (let s = 0; s < seriesCount; s++) {
    for (let at = seriesStart[s]!; at < seriesStart[s + 1]!; at++) {
      if (source[at] === -1) dates[at] = grid.dayOf(firstPeriod[s]! + at - seriesStart[s]!);
    }
  }
  return { length, seriesStart, dates, target, rowState, source };
}

/** Fills skipped periods inside the history (before historyEnd) by the gaps setting. */
export function fillGaps(
  gridRows: GridRows,
  historyEnd: Int32Array,
  mode: CleaningSettings['gaps'],
): DataIssue | null {
  const { seriesStart, target, rowState } = gridRows;
  let filled = 0;
  let seriesWithGaps = 0;
  for (let s = 0; s < historyEnd.length; s++) {
    let inSeries = 0;
    for (let at = seriesStart[s]!; at < historyEnd[s]!; at++) {
      if (rowState[at] !== RowState.GapFilled) continue;
      inSeries++;
      target[at] = mode === 'zero' ? 0 : NaN;
    }
    filled += inSeries;
    if (inSeries > 0) seriesWithGaps++;
  }
  if (filled === 0) return null;
  return makeIssue('status', { code: 'gaps-filled', params: { series: seriesWithGaps, mode } }, filled);
}
