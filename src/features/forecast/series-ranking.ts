/**
 * Orders the per-series table: by the error of the forecast each series got, worst first, or by
 * name. The table shows one page, so only the series up to the end of that page are ranked: on a
 * 30,000-series run that refreshes every second or two, picking the worst few hundred in one pass
 * keeps each refresh to a few milliseconds, where sorting everything took a long task.
 */
import type { ScoreSlot } from '../../core/forecast/score-layout';
import { seriesScore, type RunResults } from '../../core/forecast/run-results';

export type SeriesSort = 'test-worst' | 'validation-worst' | 'name';

export interface RankRequest {
  slot: ScoreSlot;
  sort: SeriesSort;
  filter: string;
  /** How many of the first series to return (the end of the page shown). */
  limit: number;
  /** Every series index in name order, from `nameOrder` (computed once per dataset). */
  byName: Int32Array;
}

export interface Ranking {
  /** Series with a result that pass the filter. */
  total: number;
  /** The first `limit` of them, in the requested order. */
  first: number[];
}

/** Series indices sorted by their id (done once per dataset: ids do not change during a run). */
export function nameOrder(seriesIds: string[]): Int32Array {
  const collator = new Intl.Collator();
  const order = Array.from(seriesIds.keys());
  order.sort((a, b) => collator.compare(seriesIds[a] ?? '', seriesIds[b] ?? '') || a - b);
  return Int32Array.from(order);
}

/** Keeps `top` (sorted worst first, ties by index) to at most `limit` entries while `index` is offered. */
function offer(top: number[], keys: Float64Array, index: number, limit: number): void {
  const key = keys[index] as number;
  const before = (other: number): boolean => {
    const otherKey = keys[other] as number;
    return otherKey > key || (otherKey === key && other < index);
  };
  const last = top[top.length - 1];
  if (top.length === limit && (last === undefined || before(last))) return;
  let low = 0;
  let high = top.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(top[middle] as number)) low = middle + 1;
    else high = middle;
  }
  top.splice(low, 0, index);
  if (top.length > limit) top.pop();
}

/** Series with a result, in the requested order; series without the score go last. */
export function rankSeries(results: RunResults, request: RankRequest): Ranking {
  const { seriesIds } = results;
  const { slot, sort, limit, byName } = request;
  const needle = request.filter.trim().toLowerCase();
  const shown = (index: number): boolean =>
    results.series.has(seriesIds[index] ?? '') &&
    (needle === '' || (seriesIds[index] ?? '').toLowerCase().includes(needle));
  let total = 0;
  const first: number[] = [];
  if (sort === 'name') {
    for (const index of byName) {
      if (!shown(index)) continue;
      total++;
      if (first.length < limit) first.push(index);
    }
    return { total, first };
  }
  const offset = results.layout.offset(slot, sort === 'test-worst' ? 'test' : 'validation', 'mase');
  const keys = new Float64Array(seriesIds.length);
  for (let index = 0; index < seriesIds.length; index++) {
    // One look-up per series: 30,000 of them at every refresh.
    const id = seriesIds[index] as string;
    const result = results.series.get(id);
    if (result === undefined || (needle !== '' && !id.toLowerCase().includes(needle))) continue;
    total++;
    const value = seriesScore(results, result, offset);
    keys[index] = Number.isNaN(value) ? -Infinity : value;
    offer(first, keys, index, limit);
  }
  return { total, first };
}
