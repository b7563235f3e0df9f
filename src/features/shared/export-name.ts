/**
 * Export file names shared by every step: the data file's name and the data's last date
 * (`sales-2026-03-31-forecasts.csv`), so the same data always exports under the same name, never
 * the wall clock's.
 */
import { formatIsoDate } from '../../core/dataset/calendar';
import type { Dataset } from '../../core/dataset/types';

/** The last date that has a sales value in any series (the plan rows after it are not history). */
export function lastSalesDay(dataset: Dataset): number | null {
  let last: number | null = null;
  for (let s = 0; s < dataset.seriesIds.length; s++) {
    const start = dataset.seriesStart[s] ?? 0;
    for (let row = (dataset.historyEnd[s] ?? start) - 1; row >= start; row--) {
      if (Number.isNaN(dataset.target[row] as number)) continue;
      const day = dataset.dates[row] as number;
      if (last === null || day > last) last = day;
      break;
    }
  }
  return last;
}

/**
 * The data file's name without its extension, as a safe file-name part: letters and digits of any
 * script kept, every other run of characters one '-', at most 60 characters.
 */
export function fileStem(fileName: string): string {
  const stem = fileName
    .replace(/\.[\p{L}\p{N}]{1,8}$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'shelfcast' : stem;
}

/**
 * `sales-2026-03-31-forecasts.csv`: the data file's name and the data's last date, so the same
 * data always exports under the same name (never the wall clock).
 */
export function exportFileName(
  dataFileName: string,
  lastDay: number | null,
  kind: 'forecasts' | 'metrics' | 'orders',
): string {
  const date = lastDay === null ? '' : `-${formatIsoDate(lastDay)}`;
  return `${fileStem(dataFileName)}${date}-${kind}.csv`;
}
