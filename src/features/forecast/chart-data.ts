/**
 * Turns one series' stored result into the chart's rows: actuals over the whole history (from the
 * run's dataset), the exported forecast's rolling-origin forecasts over validation and test where
 * the run kept them (its recent view, core/forecast/stored-backcast.ts), and the future forecast
 * with its interval band (at the user's level; 80% = p10–p90, read from the run's stored
 * distribution) after the last date. Nothing is re-fitted: these are the run's own numbers.
 */
import type { Dataset } from '../../core/dataset/types';
import type { StoredBackcast } from '../../core/forecast/stored-backcast';

export interface ChartRow {
  day: number;
  actual: number | null;
  validation: number | null;
  test: number | null;
  future: number | null;
  band: [number, number] | null;
}

export interface ChartRegion {
  from: number;
  to: number;
  kind: 'validation' | 'test' | 'future';
}

/** What the chart draws of one series. */
export interface SeriesChartData {
  /** History periods' dates and actuals (NaN: no value). */
  history: { dates: Int32Array; y: Float64Array };
  backcast: StoredBackcast | null;
  future: { dates: Int32Array; point: Float64Array };
}

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** A series' history as the run evaluated it: its rows before the plan. */
export function seriesHistory(dataset: Dataset, position: number): { dates: Int32Array; y: Float64Array } {
  const start = dataset.seriesStart[position] ?? 0;
  const end = dataset.historyEnd[position] ?? start;
  return { dates: dataset.dates.subarray(start, end), y: dataset.target.subarray(start, end) };
}

/** The future band the chart shades: lower and upper per future period. */
export interface BandEdges {
  lower: Float64Array;
  upper: Float64Array;
}

export function chartRows(data: SeriesChartData, band: BandEdges | null): ChartRow[] {
  const { history, backcast, future } = data;
  const n = history.y.length;
  const backcastAt = (t: number): number | null =>
    backcast === null || t < backcast.start ? null : finiteOrNull(backcast.values[t - backcast.start]);
  const rows: ChartRow[] = [];
  for (let t = 0; t < n; t++) {
    const forecast = backcastAt(t);
    const inTest = backcast !== null && t >= backcast.validationEnd;
    rows.push({
      day: history.dates[t] as number,
      actual: finiteOrNull(history.y[t]),
      validation: inTest ? null : forecast,
      test: inTest ? forecast : null,
      future: null,
      band: null,
    });
  }
  // The future line starts at the last actual, so it reads as a continuation of the history.
  const last = rows[n - 1];
  if (last !== undefined) last.future = last.actual;
  for (let step = 0; step < future.point.length; step++) {
    const lower = finiteOrNull(band?.lower[step]);
    const upper = finiteOrNull(band?.upper[step]);
    rows.push({
      day: future.dates[step] as number,
      actual: null,
      validation: null,
      test: null,
      future: finiteOrNull(future.point[step]),
      band: lower !== null && upper !== null ? [lower, upper] : null,
    });
  }
  return rows;
}

/** The validation, test and future stretches, as day ranges to shade. */
export function chartRegions(data: SeriesChartData): ChartRegion[] {
  const { history, backcast, future } = data;
  const length = history.y.length;
  const day = (t: number): number => history.dates[t] as number;
  const regions: ChartRegion[] = [];
  if (backcast !== null) {
    const { trainEnd, validationEnd } = backcast;
    if (validationEnd > trainEnd)
      regions.push({ from: day(trainEnd), to: day(validationEnd - 1), kind: 'validation' });
    if (length > validationEnd) regions.push({ from: day(validationEnd), to: day(length - 1), kind: 'test' });
  }
  if (future.dates.length > 0) {
    regions.push({
      from: future.dates[0] as number,
      to: future.dates[future.dates.length - 1] as number,
      kind: 'future',
    });
  }
  return regions;
}

/**
 * The total's rows: summed actuals over the history, then the total's forecast with its band
 * (there are no validation or test forecasts of the total to draw).
 */
export function totalChartRows(
  history: { dates: Int32Array; y: Float64Array },
  future: { dates: Int32Array; point: Float64Array },
  band: BandEdges | null,
): ChartRow[] {
  const empty = { validation: null, test: null };
  const rows: ChartRow[] = Array.from(history.y, (value, t) => ({
    day: history.dates[t] as number,
    actual: finiteOrNull(value),
    ...empty,
    future: null,
    band: null,
  }));
  const last = rows[rows.length - 1];
  if (last !== undefined) last.future = last.actual;
  future.point.forEach((value, step) => {
    const lower = finiteOrNull(band?.lower[step]);
    const upper = finiteOrNull(band?.upper[step]);
    rows.push({
      day: future.dates[step] as number,
      actual: null,
      ...empty,
      future: finiteOrNull(value),
      band: lower !== null && upper !== null ? [lower, upper] : null,
    });
  });
  return rows;
}
