/**
 * Figures the series picker and the total chart need, computed once per Dataset in the worker so
 * the main thread never loops over rows or sorts 30,000 series.
 */
import type { Dataset } from '../core/dataset/types';
import type { SeriesStats, TotalHistory } from './protocol';

export function computeSeriesStats(dataset: Dataset): SeriesStats {
  const count = dataset.seriesIds.length;
  const totals = new Float64Array(count);
  const zeroShares = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    const start = dataset.seriesStart[s] ?? 0;
    const end = dataset.historyEnd[s] ?? start;
    let sum = 0;
    let observed = 0;
    let zeros = 0;
    for (let row = start; row < end; row++) {
      const value = dataset.target[row] ?? NaN;
      if (Number.isNaN(value)) continue;
      sum += value;
      observed++;
      if (value === 0) zeros++;
    }
    totals[s] = sum;
    zeroShares[s] = observed > 0 ? zeros / observed : 0;
  }
  const ids = dataset.seriesIds;
  const byId = sortedIndices(count, (a, b) => compareText(ids[a] ?? '', ids[b] ?? ''));
  const byTotal = sortedIndices(count, (a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a - b);
  const byZeroShare = sortedIndices(count, (a, b) => (zeroShares[b] ?? 0) - (zeroShares[a] ?? 0) || a - b);
  return { totals, zeroShares, byTotal, byZeroShare, byId };
}

/** Sales of every series added up per date, over the dates where at least one series sold or reported 0. */
export function computeTotalHistory(dataset: Dataset): TotalHistory {
  const sums = new Map<number, number>();
  for (let s = 0; s < dataset.seriesIds.length; s++) {
    const start = dataset.seriesStart[s] ?? 0;
    const end = dataset.historyEnd[s] ?? start;
    for (let row = start; row < end; row++) {
      const value = dataset.target[row] ?? NaN;
      if (Number.isNaN(value)) continue;
      const date = dataset.dates[row] ?? 0;
      sums.set(date, (sums.get(date) ?? 0) + value);
    }
  }
  const dates = Int32Array.from(sums.keys()).sort();
  const values = Float64Array.from(dates, (date) => sums.get(date) ?? 0);
  return { dates, values };
}

const collator = new Intl.Collator(undefined, { numeric: true });

function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

function sortedIndices(count: number, compare: (a: number, b: number) => number): Int32Array {
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort(compare);
  return Int32Array.from(order);
}
