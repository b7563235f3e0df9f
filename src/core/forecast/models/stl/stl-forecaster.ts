/**
 * STL + ETS, as R's `stlf`: decompose (MSTL over the frequency's seasonal periods), forecast the
 * seasonally adjusted series with non-seasonal ETS chosen by AICc (or Theta), and add back each
 * seasonal component's last full season, repeated. Weekly data use period 52, which ETS itself
 * refuses; daily data add the yearly season once there are two years.
 */
import type { ModelForm, Parameter } from '../../model-form';
import { SEASONAL_PERIODS, type FittedModel, type Forecaster, type SeriesInput } from '../../types';
import { clampNonNegative, countObserved, fillMissingSeasonal, isConstant } from '../../series-prep';
import { describeEts, fitBestEts, forecastEts } from '../ets/ets';
import { refilterEts, type EtsFit } from '../ets/ets-fit';
import { fitThetaLines, type ThetaFit } from '../theta';
import { mstl, type MstlResult } from './mstl';

export type AdjustedSeriesModel = 'ets' | 'theta';

interface AdjustedFit {
  fitted: Float64Array;
  forecast(horizon: number): Float64Array;
  form: ModelForm;
  parameters: Parameter[];
  /** The same model and parameters over a longer adjusted series; undefined when it must be fitted afresh. */
  extend(adjusted: Float64Array): AdjustedFit | undefined;
}

function etsAdjusted(fit: EtsFit, length: number): AdjustedFit {
  const { form, parameters } = describeEts(fit);
  return {
    fitted: fit.fitted,
    forecast: (h) => forecastEts(fit, length, h),
    form,
    parameters,
    extend(adjusted) {
      const next = refilterEts(fit, adjusted, countObserved(adjusted));
      return next ? etsAdjusted(next, adjusted.length) : undefined;
    },
  };
}

function thetaAdjusted(fit: ThetaFit): AdjustedFit {
  return {
    fitted: fit.fitted,
    forecast: (h) => fit.forecast(h),
    form: { code: 'theta', optimised: false, theta: 2, season: null },
    parameters: [
      { name: { code: 'alpha' }, value: fit.alpha },
      { name: { code: 'drift' }, value: fit.slope / 2 },
    ],
    extend(adjusted) {
      const next = fit.extend(adjusted);
      return next ? thetaAdjusted(next) : undefined;
    },
  };
}

/** Forecasts the seasonally adjusted series; a flat mean when it is too short or flat to model. */
function fitAdjusted(adjusted: Float64Array, model: AdjustedSeriesModel): AdjustedFit {
  if (model === 'ets') {
    const fit = fitBestEts(adjusted, 1, { allowSeasonal: false });
    if (fit) return etsAdjusted(fit, adjusted.length);
  } else {
    const fit = fitThetaLines(adjusted, 2);
    if (fit) return thetaAdjusted(fit);
  }
  let sum = 0;
  for (let t = 0; t < adjusted.length; t++) sum += adjusted[t] ?? 0;
  const level = adjusted.length > 0 ? sum / adjusted.length : 0;
  return {
    fitted: new Float64Array(adjusted.length).fill(level),
    forecast: (h) => new Float64Array(h).fill(level),
    form: { code: 'mean' },
    parameters: [{ name: { code: 'level' }, value: level }],
    extend: () => undefined,
  };
}

interface Decomposed {
  decomposition: MstlResult;
  /** The series less every seasonal component; missing periods stay missing. */
  adjusted: Float64Array;
  seasonalTotal: Float64Array;
}

function decompose(series: SeriesInput): Decomposed {
  const { y } = series;
  const n = y.length;
  const periods = SEASONAL_PERIODS[series.frequency];
  const filled = fillMissingSeasonal(y, periods[0] ?? 1);
  const constant = isConstant(y) || countObserved(y) < 4;
  const decomposition = mstl(filled, constant ? [] : periods);
  const seasonalTotal = new Float64Array(n);
  for (const component of decomposition.seasonals) {
    for (let t = 0; t < n; t++) seasonalTotal[t] = (seasonalTotal[t] ?? 0) + (component[t] ?? 0);
  }
  // Missing periods stay missing in the adjusted series so they do not count as evidence.
  const adjusted = Float64Array.from(y, (v, t) => v - (seasonalTotal[t] ?? 0));
  return { decomposition, adjusted, seasonalTotal };
}

/**
 * A fitted STL model. `extend` decomposes the longer series again (as R's `stlf(y, model = fit)`:
 * the decomposition is a smoother, not an estimate) and re-runs the adjusted-series model with its
 * parameters; `refit` fits afresh when that model cannot be carried over.
 */
function stlModel(
  y: Float64Array,
  parts: Decomposed,
  inner: AdjustedFit,
  refit: (series: SeriesInput) => FittedModel,
): FittedModel {
  const n = y.length;
  const { decomposition, seasonalTotal } = parts;
  const fitted = Float64Array.from(inner.fitted, (v, t) => v + (seasonalTotal[t] ?? 0));
  return {
    fitted,
    predict(horizon) {
      const forecast = inner.forecast(horizon);
      decomposition.periods.forEach((period, i) => {
        const component = decomposition.seasonals[i];
        if (!component) return;
        // Future period n + h repeats the seasonal value of the same position in the last full season.
        for (let h = 0; h < horizon; h++) {
          const source = n - period + (h % period);
          forecast[h] = (forecast[h] ?? 0) + (component[source] ?? 0);
        }
      });
      return clampNonNegative(forecast, y);
    },
    describe: () => ({
      form: { code: 'stl', periods: [...decomposition.periods], inner: inner.form },
      parameters: inner.parameters,
    }),
    extend(series) {
      const longer = decompose(series);
      const next = inner.extend(longer.adjusted);
      return next ? stlModel(series.y, longer, next, refit) : refit(series);
    },
  };
}

export function makeStlForecaster(model: AdjustedSeriesModel): Forecaster {
  const label = model === 'ets' ? 'STL + ETS' : 'STL + Theta';
  const fit = (series: SeriesInput): FittedModel => {
    const parts = decompose(series);
    return stlModel(series.y, parts, fitAdjusted(parts.adjusted, model), fit);
  };
  return { id: 'stl', label, fit };
}

/** STL + ETS, the default seasonal decomposition forecaster. */
export const stlForecaster: Forecaster = makeStlForecaster('ets');
