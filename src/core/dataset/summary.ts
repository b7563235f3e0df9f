/** The figures shown after a load: what was read, how many series, and what the cleaning found. */
import { RowState, type Dataset, type DatasetSummary, type Layout } from './types';

export function summarizeDataset(
  dataset: Dataset,
  info: {
    fileName: string;
    layout: Layout;
    rows: number;
    notSelling: number;
    planRows: number;
    shortSeries: string[];
  },
): DatasetSummary {
  const { seriesStart, historyEnd, dates, target, rowState } = dataset;
  let observations = 0;
  let withSales = 0;
  let zeros = 0;
  let firstDate = Infinity;
  let lastDate = -Infinity;
  for (let s = 0; s < historyEnd.length; s++) {
    const start = seriesStart[s]!;
    const end = historyEnd[s]!;
    observations += end - start;
    if (end > start) {
      firstDate = Math.min(firstDate, dates[start]!);
      lastDate = Math.max(lastDate, dates[end - 1]!);
    }
    for (let at = start; at < end; at++) {
      const state = rowState[at];
      if (state !== RowState.Observed && state !== RowState.GapFilled) continue;
      const value = target[at]!;
      if (Number.isNaN(value)) continue;
      withSales++;
      if (value === 0) zeros++;
    }
  }
  return {
    fileName: info.fileName,
    layout: info.layout,
    rows: info.rows,
    series: dataset.seriesIds.length,
    observations,
    firstDate: observations > 0 ? firstDate : NaN,
    lastDate: observations > 0 ? lastDate : NaN,
    frequency: dataset.frequency,
    zeroShare: withSales > 0 ? zeros / withSales : 0,
    notSelling: info.notSelling,
    planRows: info.planRows,
    shortSeries: info.shortSeries,
  };
}
