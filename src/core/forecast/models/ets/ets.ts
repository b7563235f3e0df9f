/**
 * ETS (exponential smoothing state-space models, Hyndman et al. 2008; R's `forecast::ets`):
 * every admissible form is fitted by maximum likelihood and the one with the smallest AICc is kept.
 */
import {
  SEASON_LENGTH,
  type FittedModel,
  type Forecaster,
  type ModelDescription,
  type SeriesInput,
} from '../../types';
import type { Parameter } from '../../model-form';
import { clampNonNegative, countObserved, fillMissingSeasonal, isConstant } from '../../series-prep';
import { candidateForms, formName } from './ets-form';
import { fitEtsForm, refilterEts, type EtsFit } from './ets-fit';
import { forecastFromState } from './ets-recursion';

export interface EtsSelectOptions {
  /** False to consider non-seasonal forms only (as STL + ETS does on the adjusted series). */
  allowSeasonal?: boolean;
}

/** The AICc-best ETS fit of y, or undefined when the series is too short or flat for any form. */
export function fitBestEts(
  y: Float64Array,
  period: number,
  options: EtsSelectOptions = {},
): EtsFit | undefined {
  const observed = countObserved(y);
  if (isConstant(y)) return undefined;
  const filled = fillMissingSeasonal(y, period);
  let positive = true;
  for (let t = 0; t < y.length; t++) if ((y[t] ?? 1) <= 0) positive = false;
  let best: EtsFit | undefined;
  for (const form of candidateForms(observed, y.length, period, positive, options.allowSeasonal ?? true)) {
    const fit = fitEtsForm(y, filled, observed, form, period);
    if (fit && (!best || fit.aicc < best.aicc)) best = fit;
  }
  return best;
}

/** Point forecasts of a fit, `horizon` periods after the `length` periods it was fitted on. */
export function forecastEts(fit: EtsFit, length: number, horizon: number): Float64Array {
  const state = { ...fit.finalState, season: Float64Array.from(fit.finalState.season) };
  return forecastFromState(fit.spec, fit.params, state, length, horizon);
}

export function describeEts(fit: EtsFit): ModelDescription {
  const parameters: Parameter[] = [{ name: { code: 'alpha' }, value: fit.params.alpha }];
  if (fit.form.trend !== 'N') parameters.push({ name: { code: 'beta' }, value: fit.params.beta });
  if (fit.form.season !== 'N') parameters.push({ name: { code: 'gamma' }, value: fit.params.gamma });
  if (fit.form.trend === 'Ad') parameters.push({ name: { code: 'phi' }, value: fit.params.phi });
  parameters.push({ name: { code: 'initialLevel' }, value: fit.initialLevel });
  if (fit.form.trend !== 'N') parameters.push({ name: { code: 'initialSlope' }, value: fit.initialSlope });
  return { form: { code: 'ets', notation: formName(fit.form) }, parameters, aicc: fit.aicc };
}

/**
 * A flat forecast for a series no ETS form can be fitted to: a constant series (nothing to
 * estimate) or one with too few observations for AICc. Its level is the mean of the observed values.
 */
function flatModel(y: Float64Array): FittedModel {
  let sum = 0;
  const observed = countObserved(y);
  for (let t = 0; t < y.length; t++) if (!Number.isNaN(y[t] ?? NaN)) sum += y[t] ?? 0;
  const level = observed > 0 ? sum / observed : 0;
  return {
    fitted: new Float64Array(y.length).fill(level),
    predict: (horizon) => new Float64Array(horizon).fill(level),
    describe: () => ({
      form: { code: 'ets', notation: 'ETS(A,N,N)' },
      parameters: [{ name: { code: 'level' }, value: level }],
    }),
  };
}

/** A fitted ETS model; `extend` keeps the form, parameters and initial states and only filters. */
function etsModel(fit: EtsFit, y: Float64Array): FittedModel {
  return {
    fitted: fit.fitted,
    predict: (horizon) => clampNonNegative(forecastEts(fit, y.length, horizon), y),
    describe: () => describeEts(fit),
    extend(series, options) {
      const next = refilterEts(fit, series.y, countObserved(series.y));
      // A multiplicative form that meets a zero in the new periods cannot be run on: estimate afresh.
      return next ? etsModel(next, series.y) : etsForecaster.fit(series, options);
    },
  };
}

export const etsForecaster: Forecaster = {
  id: 'ets',
  label: 'ETS',
  fit(series: SeriesInput): FittedModel {
    const { y } = series;
    const fit = fitBestEts(y, SEASON_LENGTH[series.frequency]);
    return fit ? etsModel(fit, y) : flatModel(y);
  },
};
