/**
 * AR-X: Y_t = α + Σ γ_k·Y_{t−k} + Σ β_j·X_{j,t} + ε_t, with lags 1..p plus the seasonal lags m and
 * 2m, and the regressors of arx-features.ts. Fitted by least squares with a small ridge penalty on
 * standardised columns (the intercept is not penalised), p chosen from {1, 2, 3, 5} by AICc.
 * Periods with no sales value are skipped as targets; as lags they take the last observed value.
 * Forecasts are recursive (each prediction feeds the next step's lags) and floored at 0 for
 * non-negative data. Coefficients are reported in the data's own units.
 */
import { ridgeSolve } from '../linalg';
import { SEASON_LENGTH, type FittedModel, type Forecaster, type SeriesInput } from '../types';
import { regressorColumns, type RegressorColumn } from './arx-features';

const LAG_ORDERS = [1, 2, 3, 5];
/** Ridge penalty per standardised column, as a share of the number of rows (1% shrinkage). */
const RIDGE_SHARE = 0.01;

interface Column {
  name: string;
  /** Lag k (values come from the series) or a regressor (values given). */
  lag?: number;
  values?: Float64Array;
}

interface ArxFit {
  columns: Column[];
  /** Per column: mean, sd over the training rows, and coefficient on the standardised scale. */
  means: Float64Array;
  sds: Float64Array;
  beta: Float64Array;
  intercept: number;
  aicc: number;
  fitted: Float64Array;
}

/** Last observed value carried into gaps; NaN before the first observation. */
function imputeLags(y: Float64Array): Float64Array {
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

function lagColumns(p: number, m: number, usable: number): Column[] {
  const lags = new Set<number>();
  for (let k = 1; k <= p; k++) lags.add(k);
  if (m > 1 && 3 * m <= usable) lags.add(m);
  if (m > 1 && 5 * m <= usable) lags.add(2 * m);
  return [...lags].sort((a, b) => a - b).map((lag) => ({ name: `lag ${lag}`, lag }));
}

function fitColumns(y: Float64Array, imputed: Float64Array, columns: Column[], start: number): ArxFit | null {
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
  return { columns, means, sds, beta: solution.subarray(1), intercept: solution[0] ?? 0, aicc, fitted };
}

function predictRow(fit: ArxFit, series: Float64Array, t: number): number {
  let value = fit.intercept;
  for (let j = 0; j < fit.columns.length; j++) {
    const sd = fit.sds[j] ?? 0;
    if (sd > 1e-9)
      value +=
        ((fit.beta[j] ?? 0) * (columnValue(fit.columns[j] as Column, series, t) - (fit.means[j] ?? 0))) / sd;
  }
  return value;
}

function describeFit(fit: ArxFit): { name: string; value: number }[] {
  let intercept = fit.intercept;
  const coefficients = fit.columns.map((c, j) => {
    const sd = fit.sds[j] ?? 0;
    const value = sd > 1e-9 ? (fit.beta[j] ?? 0) / sd : 0;
    intercept -= value * (fit.means[j] ?? 0);
    return { name: c.name, value };
  });
  return [{ name: 'intercept', value: intercept }, ...coefficients];
}

function flatModel(level: number, length: number): FittedModel {
  return {
    fitted: new Float64Array(length).fill(NaN),
    predict: (horizon) => new Float64Array(Math.max(0, horizon)).fill(level),
    describe: () => ({
      form: 'AR-X (mean only: too little history)',
      parameters: [{ name: 'intercept', value: level }],
    }),
  };
}

export const arxForecaster: Forecaster = {
  id: 'arx',
  label: 'AR-X',
  fit(series: SeriesInput): FittedModel {
    const { y } = series;
    const imputed = imputeLags(y);
    const first = y.findIndex((v) => !Number.isNaN(v));
    const usable = first < 0 ? 0 : y.length - first;
    const regressors: Column[] = regressorColumns(series).map((r: RegressorColumn) => ({
      name: r.name,
      values: r.values,
    }));

    let best: ArxFit | null = null;
    for (const p of LAG_ORDERS) {
      if (4 * p > usable) break;
      const lags = lagColumns(p, SEASON_LENGTH[series.frequency], usable);
      const maxLag = Math.max(...lags.map((c) => c.lag ?? 0));
      const fit = fitColumns(y, imputed, [...lags, ...regressors], first + maxLag);
      if (fit && (best === null || fit.aicc < best.aicc)) best = fit;
    }
    if (!best) {
      const observed = y.filter((v) => !Number.isNaN(v));
      const mean = observed.length ? observed.reduce((a, b) => a + b, 0) / observed.length : 0;
      return flatModel(y.some((v) => v < 0) ? mean : Math.max(0, mean), y.length);
    }
    return arxModel(y, best, best.fitted);
  },
};

/** In-sample one-step predictions of a fit over y: every observed period whose lags reach back into data. */
function fittedOver(y: Float64Array, imputed: Float64Array, fit: ArxFit): Float64Array {
  const fitted = new Float64Array(y.length).fill(NaN);
  const first = y.findIndex((v) => !Number.isNaN(v));
  const maxLag = Math.max(0, ...fit.columns.map((c) => c.lag ?? 0));
  for (let t = Math.max(0, first + maxLag); t < y.length; t++) {
    if (!Number.isNaN(y[t] ?? NaN)) fitted[t] = predictRow(fit, imputed, t);
  }
  return fitted;
}

/** The fit's coefficients with its regressors' values taken from `series` (by name); null when one is gone. */
function withRegressorsOf(fit: ArxFit, series: SeriesInput): ArxFit | null {
  const regressors = new Map(regressorColumns(series).map((r) => [r.name, r.values]));
  const columns: Column[] = [];
  for (const column of fit.columns) {
    const values = column.lag === undefined ? regressors.get(column.name) : undefined;
    if (column.lag === undefined && values === undefined) return null;
    columns.push(values === undefined ? column : { name: column.name, values });
  }
  return { ...fit, columns };
}

function arxModel(y: Float64Array, fit: ArxFit, rawFitted: Float64Array): FittedModel {
  const nonNegative = y.every((v) => Number.isNaN(v) || v >= 0);
  const floor = (v: number) => (nonNegative ? Math.max(0, v) : v);
  const imputed = imputeLags(y);
  const lagList = fit.columns.flatMap((c) => (c.lag === undefined ? [] : [c.lag]));
  const form = `AR-X (lags ${lagList.join(', ')}; ${fit.columns.length - lagList.length} regressors)`;
  return {
    fitted: rawFitted.map((v) => (Number.isNaN(v) ? v : floor(v))),
    predict(horizon: number): Float64Array {
      const extended = new Float64Array(y.length + Math.max(0, horizon));
      extended.set(imputed);
      for (let t = y.length; t < extended.length; t++) extended[t] = floor(predictRow(fit, extended, t));
      return extended.slice(y.length);
    },
    describe: () => ({ form, parameters: describeFit(fit), aicc: fit.aicc }),
    extend(series) {
      const next = withRegressorsOf(fit, series);
      if (next === null) return arxForecaster.fit(series, { horizon: 1, seed: 0 });
      return arxModel(series.y, next, fittedOver(series.y, imputeLags(series.y), next));
    },
  };
}
