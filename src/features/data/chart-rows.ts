/**
 * Rows for the history chart of one series (or of the total): one point per period, with sales
 * (null where there is none) and the numeric and yes/no covariates. Built for one series at a
 * time, so the work is bounded by that series' length. Points are placed by day number on a
 * numeric axis: a category axis of date strings makes the chart measure every label in the DOM
 * (hundreds of ms for a few years of daily data), a numeric one only its few ticks.
 */
import { RowState, type Dataset } from '../../core/dataset/types';
import type { TotalHistory } from '../../workers/protocol';

export interface ChartRow {
  /** Day number (days since 1970-01-01) of the period: the x position. */
  day: number;
  /** null where the period has no sales value (missing, not selling, plan). */
  sales: number | null;
  /** The sales value again where the outlier rule flagged it, else null: drawn as a marker. */
  outlier: number | null;
  [covariate: string]: number | string | null;
}

/** Covariates worth plotting under the sales: numbers and yes/no flags (categories have no scale). */
export function plottableCovariates(dataset: Dataset): { name: string; binary: boolean }[] {
  return dataset.covariates
    .filter((covariate) => covariate.kind !== 'categorical')
    .map((covariate) => ({ name: covariate.name, binary: covariate.kind === 'binary' }));
}

export function seriesChartRows(dataset: Dataset, series: number): ChartRow[] {
  const start = dataset.seriesStart[series] ?? 0;
  const end = dataset.seriesStart[series + 1] ?? dataset.dates.length;
  const covariates = dataset.covariates.filter((covariate) => covariate.kind !== 'categorical');
  const rows: ChartRow[] = [];
  for (let row = start; row < end; row++) {
    const value = dataset.target[row] ?? Number.NaN;
    const state = dataset.rowState[row];
    const sales = state === RowState.Plan || Number.isNaN(value) ? null : value;
    const point: ChartRow = {
      day: dataset.dates[row] ?? 0,
      sales,
      outlier: dataset.outlier[row] === 1 ? sales : null,
    };
    for (const covariate of covariates) {
      const covariateValue = covariate.values[row] ?? Number.NaN;
      point[covariate.name] = Number.isNaN(covariateValue) ? null : covariateValue;
    }
    rows.push(point);
  }
  return rows;
}

/** Day number of the series' first plan row (future covariates only), or null when it has no plan. */
export function planStartDay(dataset: Dataset, series: number): number | null {
  const historyEnd = dataset.historyEnd[series] ?? 0;
  const end = dataset.seriesStart[series + 1] ?? dataset.dates.length;
  return historyEnd < end ? (dataset.dates[historyEnd] ?? 0) : null;
}

export function totalChartRows(total: TotalHistory): ChartRow[] {
  return Array.from(total.dates, (day, index) => ({
    day,
    sales: total.values[index] ?? null,
    outlier: null,
  }));
}
