/**
 * Series with too little history to learn a season from are listed (never dropped silently).
 * Default minimum: two seasons, at least 8 periods — 14 days, 104 weeks, 24 months, 8 quarters.
 */
import { RowState, type DataIssue, type Frequency } from './types';
import type { GridRows } from './clean-gaps';
import { makeIssue } from './derive-issue';

const SEASON: Record<Frequency, number> = { daily: 7, weekly: 52, monthly: 12, quarterly: 4 };

export function defaultMinHistory(frequency: Frequency): number {
  return Math.max(8, 2 * SEASON[frequency]);
}

export function findShortSeries(
  gridRows: GridRows,
  historyEnd: Int32Array,
  seriesIds: readonly string[],
  frequency: Frequency,
  minHistory: number,
): { shortSeries: string[]; issue: DataIssue | null } {
  const minimum = minHistory > 0 ? minHistory : defaultMinHistory(frequency);
  const { seriesStart, rowState } = gridRows;
  const shortSeries: string[] = [];
  for (let s = 0; s < historyEnd.length; s++) {
    let observed = 0;
    for (let at = seriesStart[s]!; at < historyEnd[s]!; at++)
      if (rowState[at] === RowState.Observed) observed++;
    if (observed < minimum) shortSeries.push(seriesIds[s]!);
  }
  if (shortSeries.length === 0) return { shortSeries, issue: null };
  // Kept, but too short for seasonal models.
  const detail = { code: 'short-series', params: { minimum, examples: shortSeries.slice(0, 5) } } as const;
  return { shortSeries, issue: makeIssue('alert', detail, shortSeries.length) };
}
