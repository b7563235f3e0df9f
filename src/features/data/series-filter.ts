/** Which series the picker lists: a precomputed order, narrowed by a search on the series' label. */
import type { SeriesStats } from '../../workers/protocol';

export type SeriesSort = 'total' | 'zeros' | 'id';

export function orderFor(stats: SeriesStats, sort: SeriesSort): Int32Array {
  if (sort === 'total') return stats.byTotal;
  if (sort === 'zeros') return stats.byZeroShare;
  return stats.byId;
}

/**
 * Series indices in `order` whose label contains every word of `query` (case-insensitive). One pass
 * over the labels, no sort: fast enough for tens of thousands of series on each keystroke.
 */
export function filterSeries(labels: readonly string[], order: Int32Array, query: string): Int32Array {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return order;
  const kept = new Int32Array(order.length);
  let count = 0;
  for (const index of order) {
    const label = (labels[index] ?? '').toLowerCase();
    if (words.every((word) => label.includes(word))) kept[count++] = index;
  }
  return kept.subarray(0, count);
}
