/**
 * The outside regressors of AR-X, one named column per driver, over history and future:
 * the series' covariates (numeric and binary as they are, categorical as one indicator per
 * category seen at least twice in the history) and calendar dummies (day of week for daily data,
 * month when the history spans a year). Names are what users read as "what drives sales". A
 * covariate the file has no plan for takes its typical value over the future (arx-typical-future.ts).
 */
import type { ParameterName } from '../model-form';
import type { SeriesCovariate, SeriesInput } from '../types';
import { withTypicalFuture } from './arx-typical-future';

export interface RegressorColumn {
  /** Tells columns apart inside the fit; `term` is what the user reads. */
  name: string;
  term: ParameterName;
  /** Over history and known future (the length of the series' dates or covariates). */
  values: Float64Array;
  /** True for a numeric covariate (a price, a temperature): a level, not a 0/1 indicator. */
  numeric: boolean;
}

const MIN_CATEGORY_COUNT = 2;
const DAYS = 7;
const MONTHS = 12;
const MS_PER_DAY = 86_400_000;

/** Day of week, Monday = 0 (day 0, 1970-01-01, was a Thursday). */
export function dayOfWeek(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function monthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCMonth();
}

/** Missing covariate values take the last known one (the first known one before any is seen). */
function carryForward(values: Float64Array): Float64Array {
  const out = Float64Array.from(values);
  const first = out.find((v) => !Number.isNaN(v)) ?? 0;
  let last = first;
  for (let i = 0; i < out.length; i++) {
    const v = out[i] ?? NaN;
    if (Number.isNaN(v)) out[i] = last;
    else last = v;
  }
  return out;
}

function categoricalColumns(covariate: SeriesCovariate, historyLength: number): RegressorColumn[] {
  // Category names travel with the covariate when the data layer provides them; codes otherwise.
  const names = covariate.categories;
  const counts = new Map<number, number>();
  for (let t = 0; t < historyLength; t++) {
    const code = covariate.values[t] ?? NaN;
    if (!Number.isNaN(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const columns: RegressorColumn[] = [];
  for (const [code, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count < MIN_CATEGORY_COUNT) continue;
    const category = names?.[code] ?? String(code);
    columns.push({
      name: `${covariate.name}: ${category}`,
      term: { code: 'category', column: covariate.name, category },
      values: covariate.values.map((v) => (v === code ? 1 : 0)),
      numeric: false,
    });
  }
  return columns;
}

function calendarColumns(series: SeriesInput): RegressorColumn[] {
  const { dates, frequency, y } = series;
  const first = dates[0] ?? 0;
  const last = dates[y.length - 1] ?? first;
  const columns: RegressorColumn[] = [];
  if (frequency === 'daily' && y.length >= 14) {
    const days = Array.from({ length: DAYS }, () => new Float64Array(dates.length));
    for (let t = 0; t < dates.length; t++) (days[dayOfWeek(dates[t] as number)] as Float64Array)[t] = 1;
    for (let dow = 0; dow < DAYS; dow++)
      columns.push({
        name: `day ${dow}`,
        term: { code: 'weekday', day: dow },
        values: days[dow] as Float64Array,
        numeric: false,
      });
  }
  if (frequency !== 'quarterly' && last - first >= 364) {
    // Indicator columns filled by plain loops: Float64Array.from with a map function goes through the
    // iterator protocol, and this runs at every origin a backtest re-filters AR-X from.
    const months = Array.from({ length: MONTHS }, () => new Float64Array(dates.length));
    for (let t = 0; t < dates.length; t++) (months[monthOf(dates[t] as number)] as Float64Array)[t] = 1;
    for (let month = 0; month < MONTHS; month++)
      columns.push({
        name: `month ${month}`,
        term: { code: 'month', month },
        values: months[month] as Float64Array,
        numeric: false,
      });
  }
  return columns;
}

function covariateColumns(covariate: SeriesCovariate, historyLength: number): RegressorColumn[] {
  if (covariate.kind === 'categorical') return categoricalColumns(covariate, historyLength);
  const numeric = covariate.kind === 'numeric';
  return [
    {
      name: covariate.name,
      term: { code: 'covariate', column: covariate.name, scale: 'level' },
      values: carryForward(covariate.values),
      numeric,
    },
  ];
}

export function regressorColumns(series: SeriesInput): RegressorColumn[] {
  const historyLength = series.y.length;
  const columns: RegressorColumn[] = [];
  for (const covariate of series.covariates) {
    const own = covariateColumns(covariate, historyLength);
    columns.push(
      ...(covariate.carriedForward
        ? own.map((c) => ({ ...c, values: withTypicalFuture(c.values, historyLength, series.frequency) }))
        : own),
    );
  }
  columns.push(...calendarColumns(series));
  return columns;
}
