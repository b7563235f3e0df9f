/**
 * Turns one series' detail into the chart's rows: actuals over the whole history, the chosen
 * source's in-sample fit over the train part, its rolling-origin forecasts over validation and
 * test, and the future forecast with its interval band (at the user's level; 80% = p10–p90,
 * read from the run's stored distribution) after the last date.
 */
import type { OriginForecast } from '../../core/forecast/evaluate-types';
import type { DetailSource, SeriesDetail } from '../../workers/forecast-protocol';

export interface ChartRow {
  day: number;
  actual: number | null;
  fitted: number | null;
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

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** At each period, the forecast of the latest origin whose window covers it (windows may overlap). */
function windowValues(length: number, windows: OriginForecast[]): (number | null)[] {
  const values: (number | null)[] = new Array<number | null>(length).fill(null);
  const ordered = [...windows].sort((a, b) => a.origin - b.origin);
  for (const window of ordered) {
    for (let step = 0; step < window.values.length; step++) {
      const t = window.origin + step;
      if (t < length) values[t] = finiteOrNull(window.values[step]);
    }
  }
  return values;
}

/** The future band the chart shades: lower and upper per future period. */
export interface BandEdges {
  lower: Float64Array;
  upper: Float64Array;
}

export function chartRows(detail: SeriesDetail, source: DetailSource, band: BandEdges | null): ChartRow[] {
  const n = detail.y.length;
  const { trainEnd } = detail.split;
  const validation = windowValues(n, source.validation);
  const test = windowValues(n, source.test);
  const rows: ChartRow[] = [];
  for (let t = 0; t < n; t++) {
    rows.push({
      day: detail.dates[t] as number,
      actual: finiteOrNull(detail.y[t]),
      fitted: t < trainEnd ? finiteOrNull(source.fitted?.[t]) : null,
      validation: validation[t] ?? null,
      test: test[t] ?? null,
      future: null,
      band: null,
    });
  }
  const future = source.future;
  if (future === null) return rows;
  // The future line starts at the last actual, so it reads as a continuation of the history.
  const last = rows[n - 1];
  if (last !== undefined) last.future = last.actual;
  for (let step = 0; step < future.point.length; step++) {
    const lower = finiteOrNull(band?.lower[step]);
    const upper = finiteOrNull(band?.upper[step]);
    rows.push({
      day: detail.dates[n + step] as number,
      actual: null,
      fitted: null,
      validation: null,
      test: null,
      future: finiteOrNull(future.point[step]),
      band: lower !== null && upper !== null ? [lower, upper] : null,
    });
  }
  return rows;
}

/** The validation, test and future stretches, as day ranges to shade. */
export function chartRegions(detail: SeriesDetail): ChartRegion[] {
  const { trainEnd, validationEnd, length } = detail.split;
  const day = (t: number): number => detail.dates[t] as number;
  const regions: ChartRegion[] = [];
  if (validationEnd > trainEnd)
    regions.push({ from: day(trainEnd), to: day(validationEnd - 1), kind: 'validation' });
  if (length > validationEnd) regions.push({ from: day(validationEnd), to: day(length - 1), kind: 'test' });
  if (detail.dates.length > length) {
    regions.push({ from: day(length), to: day(detail.dates.length - 1), kind: 'future' });
  }
  return regions;
}

/** History periods the "recent" view shows per forecast period. */
export const HISTORY_PER_HORIZON = 3;

/**
 * First history period the "recent" view shows: three horizons of history (at least the test
 * part), so the future takes at least a quarter of the chart's width and the latest forecasts
 * stay readable instead of squeezed; "All history" shows the rest.
 */
export function recentStart(length: number, horizon: number, testLength = 0): number {
  return Math.max(0, length - Math.max(HISTORY_PER_HORIZON * horizon, testLength));
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
  const empty = { fitted: null, validation: null, test: null };
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
