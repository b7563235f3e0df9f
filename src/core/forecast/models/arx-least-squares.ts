/**
 * The least-squares core of AR-X, on whatever scale it is given (sales, or log sales): lag and
 * regressor columns, a ridge fit on standardised columns (the intercept is not penalised) with its
 * AICc, and one-step predictions. Periods with no target value are skipped as targets; as lags they
 * take the last observed value.
 */
import { ridgeSolve } from '../linalg';
import type { Parameter, ParameterName } from '../model-form';

/** Ridge penalty per standardised column, as a share of the number of rows (1% shrinkage). */
const RIDGE_SHARE = 0.01;

export interface Column {
  /** Tells columns apart inside the fit; `term` is what the user reads. */
  name: string;
  term: ParameterName;
  /** Lag k (values come from the series) or a regressor (values given). */
  lag?: number;
  values?: Float64Array;
}

export interface LeastSquaresFit {
  columns: Column[];
  /** Per column: mean, sd over the training rows, and coefficient on the standardised scale. */
  means: Float64Array;
  sds: Float64Array;
  beta: Float64Array;
  intercept: number;
  /** AICc on the scale of the target it was fitted to (constants left out). */
  aicc: number;
  /** In-sample one-step predictions on the target's scale (NaN where none). */
  fitted: Float64Array;
  /** The periods used as targets (observed, with every lag reaching into data). */
  targets: number[];
}

/** Last observed value carried into gaps; NaN before the first observation. */
export function imputeLags(y: Float64Array): Float64Array {
  const out = Float64Array.from(y);
  let last = NaN;
  for (let t = 0; t < out.length; t++) {
    const v = out[t] ?? NaN;
    if (Number.isNaN(v)) out[t] = last;
    else last = v;
  }
  return out;
}

function columnValue(column: Column, series: Float64Array, t: number): number {
  if (column.lag !== undefined) return series[t - column.lag] ?? NaN;
  const values = column.values ?? new Float64Array(0);
  // Past the known future, a regressor keeps its last value.
  return values[Math.min(t, values.length - 1)] ?? 0;
}

/** Lags 1..p, plus the seasonal lags m and 2m when the usable history holds enough seasons. */
export function lagColumns(p: number, m: number, usable: number): Column[] {
  const lags = new Set<number>();
  for (let k = 1; k <= p; k++) lags.add(k);
  if (m > 1 && 3 * m <= usable) lags.add(m);
  if (m > 1 && 5 * m <= usable) lags.add(2 * m);
  return [...lags]
    .sort((a, b) => a - b)
    .map((lag) => ({ name: `lag ${lag}`, term: { code: 'lag', n: lag }, lag }));
}

/** Least squares of `y` (from period `start`) on `columns`, lags read from `imputed`; null when too few rows. */
export function fitColumns(
  y: Float64Array,
  imputed: Float64Array,
  columns: Column[],
  start: number,
): LeastSquaresFit | null {
  const targets: number[] = [];
  for (let t = start; t < y.length; t++) if (!Number.isNaN(y[t] ?? NaN)) targets.push(t);
  const rows = targets.length;
  const k = columns.length;
  if (rows < k + 4) return null;
  const raw = new Float64Array(rows * k);
  const means = new Float64Array(k);
  const sds = new Float64Array(k);
  for (let r = 0; r < rows; r++) {
    const t = targets[r] ?? 0;
    for (let j = 0; j < k; j++) raw[r * k + j] = columnValue(columns[j] as Column, imputed, t);
  }
  for (let j = 0; j < k; j++) {
    let sum = 0;
    let squares = 0;
    for (let r = 0; r < rows; r++) {
      const v = raw[r * k + j] ?? 0;
      sum += v;
      squares += v * v;
    }
    means[j] = sum / rows;
    sds[j] = Math.sqrt(Math.max(0, squares / rows - (sum / rows) ** 2));
  }
  // Design: intercept first, then standardised columns; constant columns carry nothing and stay 0.
  const width = k + 1;
  const design = new Float64Array(rows * width);
  const target = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    design[r * width] = 1;
    for (let j = 0; j < k; j++) {
      const sd = sds[j] ?? 0;
      design[r * width + j + 1] = sd > 1e-9 ? ((raw[r * k + j] ?? 0) - (means[j] ?? 0)) / sd : 0;
    }
    target[r] = y[targets[r] ?? 0] ?? 0;
  }
  const penalty = new Float64Array(width).fill(RIDGE_SHARE * rows);
  penalty[0] = 0;
  const solution = ridgeSolve(design, rows, width, target, penalty);
  if (!solution) return null;
  const fitted = new Float64Array(y.length).fill(NaN);
  let sse = 0;
  for (let r = 0; r < rows; r++) {
    let prediction = 0;
    for (let j = 0; j < width; j++) prediction += (design[r * width + j] ?? 0) * (solution[j] ?? 0);
    fitted[targets[r] ?? 0] = prediction;
    sse += ((target[r] ?? 0) - prediction) ** 2;
  }
  const activeColumns = sds.filter((sd) => sd > 1e-9).length;
  const npar = activeColumns + 2;
  const sigma2 = Math.max(sse / rows, 1e-300);
  const aicc = rows * Math.log(sigma2) + 2 * npar + (2 * npar * (npar + 1)) / Math.max(1, rows - npar - 1);
  const beta = solution.subarray(1);
  return { columns, means, sds, beta, intercept: solution[0] ?? 0, aicc, fitted, targets };
}

/** The fit's one-step prediction for period t, lags read from `series`. */
export function predictRow(fit: LeastSquaresFit, series: Float64Array, t: number): number {
  let value = fit.intercept;
  for (let j = 0; j < fit.columns.length; j++) {
    const sd = fit.sds[j] ?? 0;
    if (sd > 1e-9)
      value +=
        ((fit.beta[j] ?? 0) * (columnValue(fit.columns[j] as Column, series, t) - (fit.means[j] ?? 0))) / sd;
  }
  return value;
}

/** Coefficients in the columns' own units: the intercept, then one per column. */
export function unscaledCoefficients(fit: LeastSquaresFit): Parameter[] {
  let intercept = fit.intercept;
  const coefficients = fit.columns.map((c, j) => {
    const sd = fit.sds[j] ?? 0;
    const value = sd > 1e-9 ? (fit.beta[j] ?? 0) / sd : 0;
    intercept -= value * (fit.means[j] ?? 0);
    return { name: c.term, value };
  });
  return [{ name: { code: 'intercept' }, value: intercept }, ...coefficients];
}

/** In-sample one-step predictions of a fit over y: every observed period whose lags reach back into data. */
export function fittedOver(y: Float64Array, fit: LeastSquaresFit): Float64Array {
  const imputed = imputeLags(y);
  const fitted = new Float64Array(y.length).fill(NaN);
  const first = y.findIndex((v) => !Number.isNaN(v));
  const maxLag = Math.max(0, ...fit.columns.map((c) => c.lag ?? 0));
  for (let t = Math.max(0, first + maxLag); t < y.length; t++) {
    if (!Number.isNaN(y[t] ?? NaN)) fitted[t] = predictRow(fit, imputed, t);
  }
  return fitted;
}
