/**
 * Seasonal naive: each future period repeats the value one season earlier (last week's Monday for
 * daily data). A series shorter than one season falls back to the naive forecast.
 */
import { SEASON_LENGTH, type FittedModel, type Forecaster, type SeriesInput } from '../types';
import { lastObservedIndex } from '../series-prep';

export const seasonalNaiveForecaster: Forecaster = {
  id: 'snaive',
  label: 'Seasonal naive',
  fit(series: SeriesInput): FittedModel {
    const { y } = series;
    const period = SEASON_LENGTH[series.frequency];
    const n = y.length;
    const lastIndex = lastObservedIndex(y);
    const lastValue = lastIndex >= 0 ? (y[lastIndex] ?? 0) : 0;
    const seasonal = n >= period && period > 1;

    // Value for period t taken from the most recent observed period at the same season position.
    const sameSeasonBefore = (t: number): number => {
      for (let s = t - period; s >= 0; s -= period) {
        const value = y[s] ?? NaN;
        if (!Number.isNaN(value)) return value;
      }
      return NaN;
    };

    const fitted = new Float64Array(n).fill(NaN);
    if (seasonal) for (let t = period; t < n; t++) fitted[t] = sameSeasonBefore(t);
    else for (let t = 1; t < n; t++) fitted[t] = y[t - 1] ?? NaN;

    return {
      fitted,
      predict(horizon) {
        const forecast = new Float64Array(horizon);
        for (let h = 0; h < horizon; h++) {
          if (!seasonal) {
            forecast[h] = lastValue;
            continue;
          }
          // Step back whole seasons from the future period until it falls inside the history.
          const target = n + h;
          const value = sameSeasonBefore(target - period * Math.floor(h / period));
          forecast[h] = Number.isNaN(value) ? lastValue : value;
        }
        return forecast;
      },
      describe: () => ({
        form: seasonal ? { code: 'seasonal-naive', period } : { code: 'naive-short', period },
        parameters: [{ name: { code: 'seasonLength' }, value: seasonal ? period : 1 }],
      }),
    };
  },
};
