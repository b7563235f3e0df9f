/** Naive: every future period repeats the last observed value. The baseline every model must beat. */
import type { FittedModel, Forecaster, SeriesInput } from '../types';
import { lastObservedIndex } from '../series-prep';

export const naiveForecaster: Forecaster = {
  id: 'naive',
  label: 'Naive',
  fit(series: SeriesInput): FittedModel {
    const { y } = series;
    const lastIndex = lastObservedIndex(y);
    // A series with no value at all forecasts zero sales rather than NaN.
    const level = lastIndex >= 0 ? (y[lastIndex] ?? 0) : 0;
    const fitted = new Float64Array(y.length).fill(NaN);
    let previous = NaN;
    for (let t = 0; t < y.length; t++) {
      fitted[t] = previous;
      const value = y[t] ?? NaN;
      if (!Number.isNaN(value)) previous = value;
    }
    return {
      fitted,
      predict: (horizon) => new Float64Array(horizon).fill(level),
      describe: () => ({
        form: { code: 'naive' },
        parameters: [{ name: { code: 'lastValue' }, value: level }],
      }),
    };
  },
};
