/**
 * Automatic ARIMA as a Forecaster: gaps filled (fill-gaps.ts), order chosen by the stepwise
 * AICc search over conditional-sum-of-squares fits (search.ts), the chosen order refitted by exact
 * maximum likelihood where the season is short (estimate.ts), forecast by the ARMA recursion on the
 * differenced series and undifferenced. Forecasts of non-negative data are floored at 0.
 */
import type { ModelForm } from '../../model-form';
import {
  SEASON_LENGTH,
  type FittedModel,
  type Forecaster,
  type ModelDescription,
  type SeriesInput,
} from '../../types';
import { forecastArima, refilterArima, type ArimaFit } from './estimate';
import { fillGaps } from './fill-gaps';
import { autoArima } from './search';

/** "ARIMA(p,d,q)(P,D,Q)[m]", and its constant: a mean when undifferenced, else a drift (as R words it). */
export function arimaForm(fit: ArimaFit): ModelForm {
  const o = fit.order;
  const seasonal = o.m > 1 ? `(${o.P},${o.D},${o.Q})[${o.m}]` : '';
  const constant = o.constant ? (o.d + o.D === 0 ? 'mean' : 'drift') : 'none';
  return { code: 'arima', notation: `ARIMA(${o.p},${o.d},${o.q})${seasonal}`, constant };
}

function coefficientList(fit: ArimaFit): ModelDescription['parameters'] {
  const list: ModelDescription['parameters'] = [];
  fit.ar.forEach((value, i) => list.push({ name: { code: 'ar', n: i + 1 }, value }));
  fit.ma.forEach((value, i) => list.push({ name: { code: 'ma', n: i + 1 }, value }));
  fit.sar.forEach((value, i) => list.push({ name: { code: 'sar', n: i + 1 }, value }));
  fit.sma.forEach((value, i) => list.push({ name: { code: 'sma', n: i + 1 }, value }));
  if (fit.order.constant)
    list.push({ name: { code: fit.order.d + fit.order.D === 0 ? 'mean' : 'drift' }, value: fit.mean });
  list.push({ name: { code: 'sigma2' }, value: fit.sigma2 });
  return list;
}

const isNonNegative = (y: Float64Array): boolean => y.every((v) => Number.isNaN(v) || v >= 0);

function meanModel(y: Float64Array, nonNegative: boolean): FittedModel {
  let sum = 0;
  let count = 0;
  for (const v of y) {
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  const level = count === 0 ? 0 : nonNegative ? Math.max(0, sum / count) : sum / count;
  return {
    fitted: new Float64Array(y.length).fill(NaN),
    predict: (horizon) => new Float64Array(Math.max(0, horizon)).fill(level),
    describe: () => ({
      form: { code: 'arima', notation: 'ARIMA(0,0,0)', constant: 'mean' },
      parameters: [{ name: { code: 'mean' }, value: level }],
    }),
  };
}

/** A fitted ARIMA model on the gap-filled `values` of y (which start at `offset`). */
function arimaModel(y: Float64Array, fit: ArimaFit): FittedModel {
  const nonNegative = isNonNegative(y);
  const { values, offset } = fillGaps(y);
  const floor = (v: number) => (nonNegative ? Math.max(0, v) : v);
  // One-step fitted values: y − e where a residual exists and y was observed.
  const fitted = new Float64Array(y.length).fill(NaN);
  const lag = values.length - fit.w.length;
  for (let t = 0; t < fit.w.length; t++) {
    const index = offset + lag + t;
    const observed = y[index] ?? NaN;
    if (!Number.isNaN(observed)) fitted[index] = floor(observed - (fit.residuals[t] ?? 0));
  }
  return {
    fitted,
    predict: (horizon) => forecastArima(values, fit, Math.max(0, horizon)).map(floor),
    describe: () => ({ form: arimaForm(fit), parameters: coefficientList(fit), aicc: fit.aicc }),
    extend: (series) => arimaModel(series.y, refilterArima(fillGaps(series.y).values, fit)),
  };
}

export const arimaForecaster: Forecaster = {
  id: 'arima',
  label: 'ARIMA',
  fit(series: SeriesInput, options): FittedModel {
    const { y } = series;
    const { values } = fillGaps(y);
    const fit = values.length > 0 ? autoArima(values, SEASON_LENGTH[series.frequency], options.cancel) : null;
    return fit ? arimaModel(y, fit) : meanModel(y, isNonNegative(y));
  },
};
