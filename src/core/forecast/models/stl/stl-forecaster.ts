/**
 * STL + ETS, as R's `stlf`: decompose (MSTL over the frequency's seasonal periods), forecast the
 * seasonally adjusted series with non-seasonal ETS chosen by AICc (or Theta), and add back each
 * seasonal component's last full season, repeated. Weekly data use period 52, which ETS itself
 * refuses; daily data add the yearly season once there are two years.
 */
import { SEASONAL_PERIODS, type FittedModel, type Forecaster, type SeriesInput } from '../../types';
import { clampNonNegative, countObserved, fillMissingSeasonal, isConstant } from '../../series-prep';
import { describeEts, fitBestEts, forecastEts } from '../ets/ets';
import { fitThetaLines } from '../theta';
import { mstl } from './mstl';

export type AdjustedSeriesModel = 'ets' | 'theta';

interface AdjustedFit {
  fitted: Float64Array;
  forecast(horizon: number): Float64Array;
  form: string;
  parameters: { name: string; value: number }[];
}

/** Forecasts the seasonally adjusted series; a flat mean when it is too short or flat to model. */
function fitAdjusted(adjusted: Float64Array, model: AdjustedSeriesModel): AdjustedFit {
  if (model === 'ets') {
    const fit = fitBestEts(adjusted, 1, { allowSeasonal: false });
    if (fit) {
      const { form, parameters } = describeEts(fit);
      return { fitted: fit.fitted, forecast: (h) => forecastEts(fit, adjusted.length, h), form, parameters };
    }
  } else {
    const fit = fitThetaLines(adjusted, 2);
    if (fit) {
      return {
        fitted: fit.fitted,
        forecast: (h) => fit.forecast(h),
        form: 'Theta',
        parameters: [
          { name: 'alpha', value: fit.alpha },
          { name: 'drift', value: fit.slope / 2 },
        ],
      };
    }
  }
  let sum = 0;
  for (let t = 0; t < adjusted.length; t++) sum += adjusted[t] ?? 0;
  const level = adjusted.length > 0 ? sum / adjusted.length : 0;
  return {
    fitted: new Float64Array(adjusted.length).fill(level),
    forecast: (h) => new Float64Array(h).fill(level),
    form: 'mean',
    parameters: [{ name: 'level', value: level }],
  };
}

export function makeStlForecaster(model: AdjustedSeriesModel): Forecaster {
  const label = model === 'ets' ? 'STL + ETS' : 'STL + Theta';
  return {
    id: 'stl',
    label,
    fit(series: SeriesInput): FittedModel {
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
      const inner = fitAdjusted(adjusted, model);
      const fitted = Float64Array.from(inner.fitted, (v, t) => v + (seasonalTotal[t] ?? 0));
      const seasonNote = decomposition.periods.length > 0 ? ` [${decomposition.periods.join(', ')}]` : '';
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
          form: `STL${seasonNote} + ${inner.form}`,
          parameters: inner.parameters,
        }),
      };
    },
  };
}

/** STL + ETS, the default seasonal decomposition forecaster. */
export const stlForecaster: Forecaster = makeStlForecaster('ets');
