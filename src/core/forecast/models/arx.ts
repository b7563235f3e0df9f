/**
 * AR-X: sales on their own lags 1..p plus the seasonal lags m and 2m, and the regressors of
 * arx-features.ts, fitted by least squares with a small ridge penalty (arx-least-squares.ts), in one
 * of two forms:
 * - additive: Y_t = α + Σ γ_k·Y_{t−k} + Σ β_j·X_{j,t} + ε_t;
 * - log-linear (arx-log-scale.ts): the same on log sales, with prices as logs, so price and
 *   promotion effects are multiplicative; forecasts go back to sales as means, not medians.
 * Per form, p ∈ {1, 2, 3, 5} by AICc among the fits whose lag recursion is not explosive
 * (arx-stability.ts); between the forms, the lower one-step absolute error on the
 * sales scale (see fitArx): both read the training history alone, which is all a fit is given.
 * Forecasts are recursive (each prediction feeds the next step's lags) and floored at 0 for
 * non-negative data. Coefficients are reported in the
 * columns' own units (log-linear: a log price's coefficient is the price elasticity).
 */
import type { ModelForm } from '../model-form';
import { SEASON_LENGTH, type FittedModel, type Forecaster, type SeriesInput } from '../types';
import { regressorColumns, type RegressorColumn } from './arx-features';
import {
  fitColumns,
  fittedOver,
  imputeLags,
  lagColumns,
  predictRow,
  unscaledCoefficients,
  type Column,
  type LeastSquaresFit,
} from './arx-least-squares';
import { isExplosive } from './arx-stability';
import {
  fromLogScale,
  jacobianPenalty,
  logOffset,
  logRegressor,
  logRegressorFloors,
  smearingFactors,
  toLogScale,
} from './arx-log-scale';

const LAG_ORDERS = [1, 2, 3, 5];

/** The scale a fit works on: sales as they are, or log(sales + offset) with some regressors as logs. */
type Scale = { kind: 'additive' } | { kind: 'log'; offset: number; floors: Map<string, number> };

interface ArxFit {
  scale: Scale;
  fit: LeastSquaresFit;
  /** AICc on the sales scale (the log form's with its Jacobian term), as describe() reports it. */
  aicc: number;
  /** Log form: one-step log residuals and the variance of log sales, for the back-transform. */
  residuals: Float64Array;
  logVariance: number;
}

function columnsOn(scale: Scale, regressors: RegressorColumn[]): Column[] {
  return regressors.map((r) => {
    const floor = scale.kind === 'log' ? scale.floors.get(r.name) : undefined;
    return floor === undefined
      ? { name: r.name, term: r.term, values: r.values }
      : {
          name: `log ${r.name}`,
          term: r.term.code === 'covariate' ? { ...r.term, scale: 'log' } : r.term,
          values: logRegressor(r.values, floor),
        };
  });
}

const targetOn = (scale: Scale, y: Float64Array): Float64Array =>
  scale.kind === 'log' ? toLogScale(y, scale.offset) : y;

function variance(values: number[]): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
}

function fitOn(
  scale: Scale,
  y: Float64Array,
  lags: Column[],
  regressors: RegressorColumn[],
  start: number,
): ArxFit | null {
  const target = targetOn(scale, y);
  const fit = fitColumns(target, imputeLags(target), [...lags, ...columnsOn(scale, regressors)], start);
  if (!fit) return null;
  if (scale.kind === 'additive')
    return { scale, fit, aicc: fit.aicc, residuals: new Float64Array(0), logVariance: 0 };
  const residuals = Float64Array.from(fit.targets, (t) => (target[t] ?? 0) - (fit.fitted[t] ?? 0));
  return {
    scale,
    fit,
    aicc: fit.aicc + jacobianPenalty(y, fit.targets, scale.offset),
    residuals,
    logVariance: variance(fit.targets.map((t) => target[t] ?? 0)),
  };
}

function flatModel(level: number, length: number): FittedModel {
  return {
    fitted: new Float64Array(length).fill(NaN),
    predict: (horizon) => new Float64Array(Math.max(0, horizon)).fill(level),
    describe: () => ({
      form: { code: 'arx-mean' },
      parameters: [{ name: { code: 'intercept' }, value: level }],
    }),
  };
}

/** The forms AR-X may take; the forecaster chooses between both, tests may pin one. */
export type ArxForm = Scale['kind'];

/** One-step in-sample predictions of a fit on the sales scale (NaN where none). */
function salesFitted(arx: ArxFit, raw: Float64Array, nonNegative: boolean): Float64Array {
  const { scale } = arx;
  if (scale.kind === 'additive')
    return raw.map((v) => (Number.isNaN(v) || !nonNegative ? v : Math.max(0, v)));
  const factor = smearingFactors(arx.residuals, lagCoefficients(arx.fit), arx.logVariance, 1)[0] ?? 1;
  return raw.map((z) => (Number.isNaN(z) ? z : fromLogScale(z, factor, scale.offset)));
}

/** Mean absolute one-step error of `fitted` against y over the periods where `other` has a value too. */
function sharedAbsoluteError(y: Float64Array, fitted: Float64Array, other: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < y.length; t++) {
    const f = fitted[t] ?? NaN;
    if (Number.isNaN(f) || Number.isNaN(other[t] ?? NaN) || Number.isNaN(y[t] ?? NaN)) continue;
    sum += Math.abs((y[t] ?? 0) - f);
    count++;
  }
  return count > 0 ? sum / count : Infinity;
}

/**
 * AR-X in each of `forms` with its lag order chosen by AICc (a likelihood on that form's own
 * scale), then the form with the lower mean absolute one-step error on the sales scale over the
 * periods both predict; a tie keeps the additive form. The form is not chosen by AICc across scales:
 * on mostly-zero counts a normal likelihood for log(y + 1) is far from the data, and its Jacobian
 * term rewards the zeros, so it would pick the log form where its sales forecasts are the worse ones.
 * Absolute error on the sales scale is what the forecasts are scored by, and both forms have the
 * same columns, so neither needs a penalty for size.
 */
export function fitArx(series: SeriesInput, forms: readonly ArxForm[]): FittedModel {
  const { y } = series;
  const first = y.findIndex((v) => !Number.isNaN(v));
  const usable = first < 0 ? 0 : y.length - first;
  const nonNegative = y.every((v) => Number.isNaN(v) || v >= 0);
  const regressors = regressorColumns(series);
  const scales: Scale[] = forms.includes('additive') ? [{ kind: 'additive' }] : [];
  const offset = logOffset(y);
  if (forms.includes('log') && !Number.isNaN(offset))
    scales.push({ kind: 'log', offset, floors: logRegressorFloors(regressors, y.length) });

  const candidates: { arx: ArxFit; fitted: Float64Array }[] = [];
  for (const scale of scales) {
    let best: ArxFit | null = null;
    for (const p of LAG_ORDERS) {
      if (4 * p > usable) break;
      const lags = lagColumns(p, SEASON_LENGTH[series.frequency], usable);
      const maxLag = Math.max(...lags.map((c) => c.lag ?? 0));
      const fit = fitOn(scale, y, lags, regressors, first + maxLag);
      if (fit === null || isExplosive(lagCoefficients(fit.fit))) continue;
      if (best === null || fit.aicc < best.aicc) best = fit;
    }
    if (best) candidates.push({ arx: best, fitted: salesFitted(best, best.fit.fitted, nonNegative) });
  }
  const [one, two] = candidates;
  if (one === undefined) {
    const observed = y.filter((v) => !Number.isNaN(v));
    const mean = observed.length ? observed.reduce((a, b) => a + b, 0) / observed.length : 0;
    return flatModel(y.some((v) => v < 0) ? mean : Math.max(0, mean), y.length);
  }
  const chosen =
    two !== undefined &&
    sharedAbsoluteError(y, two.fitted, one.fitted) < sharedAbsoluteError(y, one.fitted, two.fitted)
      ? two
      : one;
  return arxModel(y, chosen.arx, chosen.arx.fit.fitted);
}

export const arxForecaster: Forecaster = {
  id: 'arx',
  label: 'AR-X',
  fit: (series: SeriesInput): FittedModel => fitArx(series, ['additive', 'log']),
};

/** The fit's coefficients with its regressors' values taken from `series` (by name); null when one is gone. */
function withRegressorsOf(arx: ArxFit, series: SeriesInput): ArxFit | null {
  const regressors = new Map(columnsOn(arx.scale, regressorColumns(series)).map((c) => [c.name, c.values]));
  const columns: Column[] = [];
  for (const column of arx.fit.columns) {
    const values = column.lag === undefined ? regressors.get(column.name) : undefined;
    if (column.lag === undefined && values === undefined) return null;
    columns.push(values === undefined ? column : { ...column, values });
  }
  return { ...arx, fit: { ...arx.fit, columns } };
}

function lagCoefficients(fit: LeastSquaresFit): Map<number, number> {
  const values = unscaledCoefficients(fit).slice(1);
  const lags = new Map<number, number>();
  fit.columns.forEach((c, j) => {
    if (c.lag !== undefined) lags.set(c.lag, values[j]?.value ?? 0);
  });
  return lags;
}

function arxModel(y: Float64Array, arx: ArxFit, rawFitted: Float64Array): FittedModel {
  const { fit, scale } = arx;
  const nonNegative = y.every((v) => Number.isNaN(v) || v >= 0);
  const floor = (v: number) => (nonNegative ? Math.max(0, v) : v);
  const factors = (horizon: number) =>
    smearingFactors(arx.residuals, lagCoefficients(fit), arx.logVariance, horizon);
  const toSales =
    scale.kind === 'log'
      ? (values: Float64Array, stepFactors: Float64Array) =>
          values.map((z, h) => (Number.isNaN(z) ? z : fromLogScale(z, stepFactors[h] ?? 1, scale.offset)))
      : (values: Float64Array) => values.map((v) => (Number.isNaN(v) ? v : floor(v)));
  const lagList = fit.columns.flatMap((c) => (c.lag === undefined ? [] : [c.lag]));
  const form: ModelForm = {
    code: 'arx',
    scale: scale.kind,
    lags: lagList,
    regressors: fit.columns.length - lagList.length,
  };
  return {
    fitted: salesFitted(arx, rawFitted, nonNegative),
    predict(horizon: number): Float64Array {
      const steps = Math.max(0, horizon);
      const imputed = imputeLags(targetOn(scale, y));
      const extended = new Float64Array(y.length + steps);
      extended.set(imputed);
      // The recursion runs on the fit's own scale; log forecasts feed the lags as logs.
      for (let t = y.length; t < extended.length; t++) {
        const value = predictRow(fit, extended, t);
        extended[t] = scale.kind === 'log' ? value : floor(value);
      }
      return toSales(extended.slice(y.length), scale.kind === 'log' ? factors(steps) : new Float64Array(0));
    },
    describe: () => ({ form, parameters: unscaledCoefficients(fit), aicc: arx.aicc }),
    extend(series, options) {
      const next = withRegressorsOf(arx, series);
      if (next === null) return arxForecaster.fit(series, options);
      return arxModel(series.y, next, fittedOver(targetOn(scale, series.y), next.fit));
    },
  };
}
