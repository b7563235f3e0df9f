/**
 * Fitting the pooled regression across series by merged normal equations (docs/architecture.md,
 * "The pooled regression"). Rows are summed into XᵀX and Xᵀy per calendar block (a slice of the data
 * set's dates), so a forecast pool worker sums the series it is sent, the partial sums of all
 * workers add up to exactly the sums over all series, in any order, and one solve per block boundary
 * gives the coefficients fitted on every row dated before that boundary. A forecast from an origin
 * uses the fit of the last boundary on or before the origin's first forecast date: it never sees a
 * period at or after the origin, of its own series or of any other.
 */
import { choleskySolve } from '../linalg';
import type { SeriesInput } from '../types';
import {
  pooledLayout,
  rowLevel,
  writeRow,
  RATIO_CAP,
  type PooledLayout,
  type RowSource,
} from './pooled-features';

/** The data set's dates cut into `count` blocks of `width` days from `start`. */
export interface PooledCalendar {
  start: number;
  width: number;
  count: number;
}

/**
 * Blocks at most: enough that a fit for an origin leaves out at most 1/128 of the data set's span
 * before it, few enough that the partial sums of a worker stay a few MB.
 */
const MAX_BLOCKS = 128;

/** Blocks over the data set's history dates [firstDate, endDate). */
export function pooledCalendar(firstDate: number, endDate: number): PooledCalendar {
  const span = Math.max(1, endDate - firstDate);
  const width = Math.max(1, Math.ceil(span / MAX_BLOCKS));
  return { start: firstDate, width, count: Math.ceil(span / width) };
}

/** What a fit needs to know before any series is summed: the columns and the blocks. */
export interface PooledSetup {
  layout: PooledLayout;
  calendar: PooledCalendar;
  /** The data set's covariate names (the description's column names). */
  covariateNames: string[];
}

/** The setup for a set of series (the bench; the pool derives it from the Dataset, see pooledSetupOf). */
export function pooledSetupForSeries(series: readonly SeriesInput[]): PooledSetup | null {
  const first = series[0];
  if (first === undefined) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const s of series) {
    if (s.y.length === 0) continue;
    start = Math.min(start, s.dates[0] as number);
    end = Math.max(end, (s.dates[s.y.length - 1] as number) + 1);
  }
  if (!Number.isFinite(start)) return null;
  return {
    layout: pooledLayout(
      first.frequency,
      first.covariates.map((covariate) => covariate.kind),
    ),
    calendar: pooledCalendar(start, end),
    covariateNames: first.covariates.map((covariate) => covariate.name),
  };
}

/** Sums of one worker's rows, per block: XᵀX (its upper triangle), Xᵀy and the row count. */
export interface PooledPartial {
  setup: PooledSetup;
  xtx: Float64Array;
  xty: Float64Array;
  rows: Float64Array;
  /** Series summed. */
  series: number;
}

export function createPooledPartial(setup: PooledSetup): PooledPartial {
  const { width } = setup.layout;
  const blocks = setup.calendar.count;
  return {
    setup,
    xtx: new Float64Array(blocks * width * width),
    xty: new Float64Array(blocks * width),
    rows: new Float64Array(blocks),
    series: 0,
  };
}

export function blockOf(calendar: PooledCalendar, day: number): number {
  return Math.min(calendar.count - 1, Math.max(0, Math.floor((day - calendar.start) / calendar.width)));
}

/** Every history row of the series that has a sales value and a level, summed into its date's block. */
export function addSeries(partial: PooledPartial, series: SeriesInput): void {
  const { layout, calendar } = partial.setup;
  const width = layout.width;
  const source: RowSource = {
    values: series.y,
    dates: series.dates,
    covariates: series.covariates.map((covariate) => covariate.values),
  };
  const row = new Float64Array(width);
  for (let t = 1; t < series.y.length; t++) {
    const y = series.y[t] as number;
    if (Number.isNaN(y)) continue;
    const level = rowLevel(source, t, layout.frequency);
    if (Number.isNaN(level)) continue;
    writeRow(layout, source, t, level, row);
    const target = Math.min(RATIO_CAP, Math.max(-RATIO_CAP, y / level));
    const block = blockOf(calendar, series.dates[t] as number);
    const xtx = block * width * width;
    const xty = block * width;
    for (let i = 0; i < width; i++) {
      const xi = row[i] as number;
      if (xi === 0) continue;
      partial.xty[xty + i] = (partial.xty[xty + i] as number) + xi * target;
      const base = xtx + i * width;
      for (let j = i; j < width; j++)
        partial.xtx[base + j] = (partial.xtx[base + j] as number) + xi * (row[j] as number);
    }
    partial.rows[block] = (partial.rows[block] as number) + 1;
  }
  partial.series++;
}

/** Adds `other`'s sums into `into` (same setup). */
export function mergePooledPartials(into: PooledPartial, other: PooledPartial): void {
  const add = (a: Float64Array, b: Float64Array): void => {
    for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
  };
  add(into.xtx, other.xtx);
  add(into.xty, other.xty);
  add(into.rows, other.rows);
  into.series += other.series;
}

/**
 * The solved model: for each boundary k (0 … count), the coefficients fitted on the rows of blocks
 * [0, k), i.e. dated before `start + k · width` (NaN where too few rows), and how many rows that was.
 */
export interface PooledFit {
  setup: PooledSetup;
  coefficients: Float64Array;
  rows: Float64Array;
  series: number;
}

/** Rows a fit needs per column at least; fewer and the boundary has no coefficients. */
const ROWS_PER_COLUMN = 5;
/** Ridge penalty per row on every coefficient but the intercept: keeps a rare dummy or flag finite. */
const RIDGE_PER_ROW = 1e-3;

export function solvePooled(partial: PooledPartial): PooledFit {
  const { width } = partial.setup.layout;
  const blocks = partial.setup.calendar.count;
  const coefficients = new Float64Array((blocks + 1) * width).fill(NaN);
  const rows = new Float64Array(blocks + 1);
  const xtx = new Float64Array(width * width);
  const xty = new Float64Array(width);
  let count = 0;
  let solvedAt = -1;
  for (let k = 1; k <= blocks; k++) {
    const block = k - 1;
    const added = partial.rows[block] as number;
    for (let i = 0; i < width * width; i++)
      xtx[i] = (xtx[i] as number) + (partial.xtx[block * width * width + i] as number);
    for (let i = 0; i < width; i++) xty[i] = (xty[i] as number) + (partial.xty[block * width + i] as number);
    count += added;
    rows[k] = count;
    if (count < ROWS_PER_COLUMN * width) continue;
    if (added === 0 && solvedAt >= 0) {
      coefficients.copyWithin(k * width, solvedAt * width, (solvedAt + 1) * width);
      continue;
    }
    const system = new Float64Array(width * width);
    for (let i = 0; i < width; i++) {
      for (let j = 0; j < width; j++)
        system[i * width + j] = xtx[Math.min(i, j) * width + Math.max(i, j)] as number;
      if (i > 0) system[i * width + i] = (system[i * width + i] as number) + RIDGE_PER_ROW * count;
    }
    const beta = choleskySolve(system, width, xty);
    if (beta === null) continue;
    coefficients.set(beta, k * width);
    solvedAt = k;
  }
  return { setup: partial.setup, coefficients, rows, series: partial.series };
}

/** Fits on all the given series at once (the bench, tests); the pool sums per worker and merges. */
export function fitPooledOnSeries(series: readonly SeriesInput[]): PooledFit | null {
  const setup = pooledSetupForSeries(series);
  if (setup === null) return null;
  const partial = createPooledPartial(setup);
  for (const s of series) addSeries(partial, s);
  return solvePooled(partial);
}
