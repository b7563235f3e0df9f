/**
 * Thins a very long history for the chart: ten years of daily sales are 3,650 periods, more than
 * the plot has pixels, and every point costs path text and pointer look-ups on the main thread.
 * Per bucket of consecutive periods it keeps the rows with the lowest and the highest actual
 * sales, so peaks and troughs survive, plus the rows that must stay exact: where the train,
 * validation and test parts begin and end, and the last history row the forecast line starts at.
 */
import { recentStart } from '../../core/forecast/stored-backcast';
import { chartRows, totalChartRows, type BandEdges, type ChartRow, type SeriesChartData } from './chart-data';

/** At most this many history rows reach the chart (two per bucket, plus the fixed ones). */
export const MAX_HISTORY_ROWS = 1500;

/**
 * `rows[0, historyLength)` is the history (thinned); the rows after it (the future) are all kept.
 * `keep` lists history row positions that must stay.
 */
export function decimateRows(rows: ChartRow[], historyLength: number, keep: number[]): ChartRow[] {
  if (historyLength <= MAX_HISTORY_ROWS) return rows;
  const kept = new Uint8Array(historyLength);
  for (const position of keep) if (position >= 0 && position < historyLength) kept[position] = 1;
  kept[0] = 1;
  kept[historyLength - 1] = 1;
  // Two rows per bucket plus up to six fixed ones stay within the limit.
  const bucket = Math.ceil(historyLength / (MAX_HISTORY_ROWS / 2 - 4));
  for (let start = 0; start < historyLength; start += bucket) {
    const end = Math.min(historyLength, start + bucket);
    let low = -1;
    let high = -1;
    for (let t = start; t < end; t++) {
      const value = rows[t]?.actual ?? null;
      if (value === null) continue;
      if (low < 0 || value < ((rows[low] as ChartRow).actual as number)) low = t;
      if (high < 0 || value > ((rows[high] as ChartRow).actual as number)) high = t;
    }
    kept[low < 0 ? start : low] = 1;
    if (high >= 0) kept[high] = 1;
  }
  const thinned: ChartRow[] = [];
  for (let t = 0; t < historyLength; t++) if (kept[t] === 1) thinned.push(rows[t] as ChartRow);
  for (let t = historyLength; t < rows.length; t++) thinned.push(rows[t] as ChartRow);
  return thinned;
}

/** The rows the chart draws: the recent view (or all history), thinned, then the future. */
export function visibleRows(data: SeriesChartData, band: BandEdges | null, allHistory: boolean): ChartRow[] {
  const length = data.history.y.length;
  const horizon = data.future.point.length;
  const { backcast } = data;
  const start = allHistory
    ? 0
    : backcast === null
      ? recentStart(length, horizon)
      : recentStart(length, horizon, length - backcast.validationEnd);
  const boundaries =
    backcast === null
      ? []
      : [backcast.trainEnd - 1, backcast.trainEnd, backcast.validationEnd - 1, backcast.validationEnd].map(
          (t) => t - start,
        );
  return decimateRows(chartRows(data, band).slice(start), length - start, boundaries);
}

/** The total's rows the chart draws: the recent view (or all history), thinned, then the future. */
export function visibleTotalRows(
  history: { dates: Int32Array; y: Float64Array },
  future: { dates: Int32Array; point: Float64Array },
  band: BandEdges | null,
  allHistory: boolean,
): ChartRow[] {
  const length = history.y.length;
  const start = allHistory ? 0 : recentStart(length, future.point.length);
  const rows = totalChartRows(history, future, band).slice(start);
  return decimateRows(rows, length - start, []);
}
