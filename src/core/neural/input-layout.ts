/**
 * The network's input list: which columns each lookback step and each horizon step has, and how
 * covariates are encoded into them. It is fixed when a model is created and saved with it, so a
 * loaded model reads new data exactly as it was trained to.
 */
import type { CovariateKind, Frequency } from '../dataset/types';
import { SEASON_LENGTH, type SeriesInput } from '../forecast/types';
import { calendarColumnCount } from './calendar-features';
import type { SeriesParts } from './series-parts';

/** Categorical covariates get one column per category up to this; the rest share the last. */
export const MAX_CATEGORY_COLUMNS = 16;

/** Each lookback step starts with the scaled sales and a 0/1 flag saying whether it had a value. */
export const SALES_COLUMNS = 2;

/** A horizon step's last-season input: that period's sales a season earlier, scaled, and a 0/1 flag. */
export const SEASONAL_LAG_COLUMNS = 2;

export interface CovariateEncoding {
  name: string;
  kind: CovariateKind;
  columns: number;
  /** Numeric covariates are standardised with the mean and deviation of their train parts. */
  mean: number;
  sd: number;
  /**
   * 'lookback': the retailer's own price (`SeriesCovariate.price`) gets a second column, the log of
   * the price over the window's usual price (the median of its lookback's prices). One network
   * serves products priced 1 and 100: the standardised level says which tier a product is in, but
   * demand answers a product's price against its own usual price, so only a relative column lets a
   * global network learn one response to a price cut for all of them. Absent: one column (and
   * every model saved before it).
   */
  relative?: 'lookback';
}

/** A relative price beyond e² (or below e⁻²) is a data error more likely than a price; it is clipped. */
const MAX_LOG_PRICE_RATIO = 2;

export interface InputLayout {
  frequency: Frequency;
  horizon: number;
  lookback: number;
  seriesCount: number;
  seriesIdentity: boolean;
  covariates: CovariateEncoding[];
  calendarColumns: number;
  /**
   * The season length whose last-season sales each horizon step reads (seasonal-lag.ts), present
   * only when that lag reaches before the lookback. Absent: no such columns (and every model saved
   * before they existed).
   */
  seasonalLag?: number;
  /**
   * How a window whose lookback sold nothing is scaled: 'history', by the series' mean absolute
   * sales before the window (window-scale.ts). Absent: by 1, as every model saved before it was.
   */
  dormantScale?: 'history';
  /**
   * true: the network's head also reads each horizon step's inputs through one layer shared by the
   * steps (horizon-step-head.ts). Absent: the global head only, as every model saved before it.
   */
  horizonStepHead?: true;
  /** Columns of a lookback step: sales, observed flag, covariates, calendar. */
  stepColumns: number;
  /** Columns of a horizon step: covariates (planned values), calendar, then the last season and its flag. */
  futureStepColumns: number;
}

/**
 * The season (SEASON_LENGTH of the frequency) when its last-season sales add what the lookback
 * does not hold, else null. Horizon step h (from 0) reads period origin + h − m·k with k the
 * smallest whole number that puts it before the origin; at h = 0 that is origin − m, so some step
 * reads before the lookback exactly when m > lookback (weekly data: 52 > 26). A season the
 * lookback covers is already in the sales columns.
 */
export function seasonalLagFor(frequency: Frequency, lookback: number): number | null {
  const season = SEASON_LENGTH[frequency];
  return season > lookback ? season : null;
}

function categoryColumns(series: SeriesInput[], index: number): number {
  const first = series[0]?.covariates[index];
  let count = first?.categories?.length ?? 0;
  if (count === 0) {
    for (const s of series) {
      for (const v of s.covariates[index]?.values ?? []) if (v + 1 > count) count = v + 1;
    }
  }
  return Math.max(1, Math.min(MAX_CATEGORY_COLUMNS, count));
}

function trainMoments(
  series: SeriesInput[],
  parts: SeriesParts[],
  index: number,
): { mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  series.forEach((s, i) => {
    const values = s.covariates[index]?.values;
    const end = parts[i]?.trainEnd ?? 0;
    if (!values) return;
    for (let t = 0; t < end; t++) {
      const v = values[t] as number;
      if (Number.isNaN(v)) continue;
      n++;
      sum += v;
      sumSq += v * v;
    }
  });
  if (n === 0) return { mean: 0, sd: 1 };
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  return { mean, sd: sd > 0 ? sd : 1 };
}

export function buildInputLayout(
  series: SeriesInput[],
  parts: SeriesParts[],
  horizon: number,
  lookback: number,
  seriesIdentity: boolean,
): InputLayout {
  const first = series[0];
  if (!first) throw new RangeError('A neural model needs at least one series');
  const names = first.covariates.map((c) => c.name);
  for (const s of series) {
    if (s.frequency !== first.frequency || s.covariates.map((c) => c.name).join('\n') !== names.join('\n')) {
      throw new RangeError('All series of a neural model need the same frequency and covariates');
    }
  }
  const covariates = first.covariates.map((c, index): CovariateEncoding => {
    if (c.kind === 'numeric') {
      const moments = trainMoments(series, parts, index);
      return c.price
        ? { name: c.name, kind: c.kind, columns: 2, ...moments, relative: 'lookback' }
        : { name: c.name, kind: c.kind, columns: 1, ...moments };
    }
    const columns = c.kind === 'categorical' ? categoryColumns(series, index) : 1;
    return { name: c.name, kind: c.kind, columns, mean: 0, sd: 1 };
  });
  const covariateColumns = covariates.reduce((sum, c) => sum + c.columns, 0);
  const calendarColumns = calendarColumnCount(first.frequency);
  const seasonalLag = seasonalLagFor(first.frequency, lookback);
  return {
    frequency: first.frequency,
    horizon,
    lookback,
    seriesCount: series.length,
    seriesIdentity,
    covariates,
    calendarColumns,
    ...(seasonalLag === null ? {} : { seasonalLag }),
    dormantScale: 'history',
    horizonStepHead: true,
    stepColumns: SALES_COLUMNS + covariateColumns + calendarColumns,
    futureStepColumns: covariateColumns + calendarColumns + (seasonalLag === null ? 0 : SEASONAL_LAG_COLUMNS),
  };
}

/**
 * Writes one covariate value's columns (missing values are all zeros). `reference` is the window's
 * usual value of a relative covariate (NaN: none, and the relative column stays 0).
 */
export function writeCovariateColumns(
  encoding: CovariateEncoding,
  value: number,
  out: Float32Array,
  offset: number,
  reference = NaN,
): void {
  if (Number.isNaN(value)) return; // columns start at zero
  if (encoding.kind === 'numeric') {
    out[offset] = (value - encoding.mean) / encoding.sd;
    if (encoding.relative && value > 0 && reference > 0) {
      const ratio = Math.log(value / reference);
      out[offset + 1] = Math.max(-MAX_LOG_PRICE_RATIO, Math.min(MAX_LOG_PRICE_RATIO, ratio));
    }
  } else if (encoding.kind === 'binary') out[offset] = value;
  else out[offset + Math.max(0, Math.min(encoding.columns - 1, Math.round(value)))] = 1;
}
