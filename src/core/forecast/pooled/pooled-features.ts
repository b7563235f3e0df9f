/**
 * The pooled regression's design (docs/architecture.md, "The pooled regression"): one row per
 * period of every series, with the same columns for every series of a data set, on a scale all
 * series share. Each row is scaled by the series' own recent level — the mean of its sales over
 * the window just before the row's period — so a store selling 2 a day and one selling 2,000 a day
 * share one set of coefficients, and a row only ever looks at periods before its own: a fit that
 * uses rows up to a date never sees anything after it.
 *
 * Columns: an intercept; the scaled sales lags; the scaled seasonal lag beyond the short lags, with
 * an indicator for a series too young to have one (short series borrow the season from the
 * calendar dummies, which every series teaches); calendar dummies; and one column per covariate of
 * the data set: a positive number (a price) as the log of its ratio to its own recent mean, so a
 * price cut moves sales by a factor; any other number as its relative deviation from that mean;
 * a 0/1 flag as it is; a category as "any category given" (an event day).
 */
import type { CovariateKind, Frequency } from '../../dataset/types';
import type { ParameterName } from '../model-form';
import { dayOfWeek } from '../models/arx-features';
import { SEASON_LENGTH } from '../types';

export interface PooledLayout {
  frequency: Frequency;
  /** Short lags, ascending. */
  lags: number[];
  /** The seasonal lag when it is longer than the short lags, else 0. */
  seasonalLag: number;
  /** The kinds of the data set's covariates, in the order every series carries them. */
  covariates: CovariateKind[];
  /** Columns of a row. */
  width: number;
}

const SHORT_LAGS: Record<Frequency, number[]> = {
  daily: [1, 2, 3, 4, 5, 6, 7, 14, 28],
  weekly: [1, 2, 3, 4],
  monthly: [1, 2, 3],
  quarterly: [1, 2, 3, 4],
};

/**
 * The window a row's level is the mean of: four weeks of days, a year of months or quarters, and for
 * weeks a year where the series has one (a partial window otherwise, see LEVEL_MIN_VALUES).
 */
export const LEVEL_WINDOW: Record<Frequency, number> = { daily: 28, weekly: 52, monthly: 12, quarterly: 4 };
/** A level needs this many observed values in its window. */
const LEVEL_MIN_VALUES = 4;
/**
 * Scaled values are kept within ±RATIO_CAP of the level: one promotion spike twenty times the level
 * would otherwise pull a least-squares fit over all series towards itself.
 */
export const RATIO_CAP = 10;
/** Relative covariate deviations (a log price ratio, a temperature's) are capped as well. */
const COVARIATE_CAP = 3;

/** Calendar dummies per frequency: day of week (daily), month (daily, weekly, monthly), quarter. */
function calendarWidth(frequency: Frequency): number {
  if (frequency === 'daily') return 6 + 11;
  if (frequency === 'quarterly') return 3;
  return 11;
}

export function pooledLayout(frequency: Frequency, covariates: readonly CovariateKind[]): PooledLayout {
  const lags = SHORT_LAGS[frequency];
  const season = SEASON_LENGTH[frequency];
  const seasonalLag = season > (lags.at(-1) ?? 0) ? season : 0;
  const width = 1 + lags.length + (seasonalLag > 0 ? 2 : 0) + calendarWidth(frequency) + covariates.length;
  return { frequency, lags, seasonalLag, covariates: [...covariates], width };
}

/** Column names (codes the page words), for the model's description. */
export function pooledColumnNames(layout: PooledLayout, covariateNames: readonly string[]): ParameterName[] {
  const names: ParameterName[] = [
    { code: 'intercept' },
    ...layout.lags.map((n): ParameterName => ({ code: 'lag', n })),
  ];
  if (layout.seasonalLag > 0)
    names.push({ code: 'lag', n: layout.seasonalLag }, { code: 'noLagYet', n: layout.seasonalLag });
  // Monday, January and the first quarter are the baselines the other dummies are measured from.
  if (layout.frequency === 'daily') for (let day = 1; day < 7; day++) names.push({ code: 'weekday', day });
  if (layout.frequency === 'quarterly')
    for (let quarter = 2; quarter <= 4; quarter++) names.push({ code: 'quarter', quarter });
  else for (let month = 1; month < 12; month++) names.push({ code: 'month', month });
  layout.covariates.forEach((kind, c) => {
    const column = covariateNames[c] ?? String(c + 1);
    names.push({ code: 'covariate', column, scale: kind === 'numeric' ? 'relative' : 'level' });
  });
  return names;
}

const MS_PER_DAY = 86_400_000;

/** A series as rows are cut from it: sales (history, then forecasts as they are made), dates, covariates. */
export interface RowSource {
  values: Float64Array;
  dates: Int32Array;
  /** One array per covariate of the layout, over the same periods as `dates`. */
  covariates: readonly Float64Array[];
}

const clip = (value: number, cap: number): number => Math.min(cap, Math.max(-cap, value));

/** Mean of the observed values of `values` over [t − span, t); NaN with too few of them. */
function trailingMean(values: Float64Array, t: number, span: number, minValues: number): number {
  let sum = 0;
  let count = 0;
  for (let i = Math.max(0, t - span); i < t; i++) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count >= Math.min(minValues, span) ? sum / count : NaN;
}

/** The scale of the row for period t: the series' recent mean level; NaN when it has none or it is not positive. */
export function rowLevel(source: RowSource, t: number, frequency: Frequency): number {
  const level = trailingMean(source.values, t, LEVEL_WINDOW[frequency], LEVEL_MIN_VALUES);
  return level > 0 ? level : NaN;
}

/**
 * Writes the row of period t (a period with a level) into `out` from `offset`. Lags before the
 * series' start or on a period without sales stand at the level (a scaled 1).
 */
export function writeRow(
  layout: PooledLayout,
  source: RowSource,
  t: number,
  level: number,
  out: Float64Array,
  offset = 0,
): void {
  const { values, dates } = source;
  let c = offset;
  out[c++] = 1;
  const scaled = (lag: number): number => {
    const value = t - lag >= 0 ? (values[t - lag] as number) : NaN;
    return Number.isNaN(value) ? 1 : clip(value / level, RATIO_CAP);
  };
  for (const lag of layout.lags) out[c++] = scaled(lag);
  if (layout.seasonalLag > 0) {
    const missing = t - layout.seasonalLag < 0 || Number.isNaN(values[t - layout.seasonalLag] as number);
    out[c++] = missing ? 1 : scaled(layout.seasonalLag);
    out[c++] = missing ? 1 : 0;
  }
  const day = dates[t] as number;
  const calendarStart = c;
  c += calendarWidth(layout.frequency);
  out.fill(0, calendarStart, c);
  const month = new Date(day * MS_PER_DAY).getUTCMonth();
  if (layout.frequency === 'daily') {
    const dow = dayOfWeek(day);
    if (dow > 0) out[calendarStart + dow - 1] = 1;
    if (month > 0) out[calendarStart + 6 + month - 1] = 1;
  } else if (layout.frequency === 'quarterly') {
    const quarter = Math.floor(month / 3);
    if (quarter > 0) out[calendarStart + quarter - 1] = 1;
  } else if (month > 0) {
    out[calendarStart + month - 1] = 1;
  }
  layout.covariates.forEach((kind, k) => {
    const series = source.covariates[k];
    const value = series === undefined ? NaN : (series[t] as number);
    out[c++] = covariateFeature(kind, series, t, value, layout.frequency);
  });
}

function covariateFeature(
  kind: CovariateKind,
  series: Float64Array | undefined,
  t: number,
  value: number,
  frequency: Frequency,
): number {
  if (Number.isNaN(value) || series === undefined) return 0;
  if (kind === 'categorical') return 1;
  if (kind === 'binary') return value > 0 ? 1 : 0;
  const reference = trailingMean(series, t, LEVEL_WINDOW[frequency], 1);
  if (Number.isNaN(reference)) return 0;
  if (value > 0 && reference > 0) return clip(Math.log(value / reference), COVARIATE_CAP);
  return clip((value - reference) / (Math.abs(reference) + 1e-9), COVARIATE_CAP);
}
