/**
 * Moving average: the forecast is the mean of the last `window` observed values, flat over the
 * horizon. The window is the one among a few candidates whose one-step-ahead forecasts had the
 * smallest squared error over the history (all candidates scored on the same periods).
 */
import { SEASON_LENGTH, type FittedModel, type Forecaster, type SeriesInput } from '../types';

const CANDIDATE_WINDOWS = [2, 3, 4, 6, 8, 12];

/** One-step-ahead fitted values: mean of the `window` observed values before t (NaN until there are any). */
function oneStepMeans(y: Float64Array, window: number): Float64Array {
  const fitted = new Float64Array(y.length).fill(NaN);
  const recent = new Float64Array(window);
  let count = 0;
  let sum = 0;
  for (let t = 0; t < y.length; t++) {
    if (count > 0) fitted[t] = sum / Math.min(count, window);
    const value = y[t] ?? NaN;
    if (Number.isNaN(value)) continue;
    const slot = count % window;
    if (count >= window) sum -= recent[slot] ?? 0;
    recent[slot] = value;
    sum += value;
    count++;
  }
  return fitted;
}

/** Mean of the last `window` observed values (0 when none). */
function meanOfLast(y: Float64Array, window: number): number {
  let sum = 0;
  let count = 0;
  for (let t = y.length - 1; t >= 0 && count < window; t--) {
    const value = y[t] ?? NaN;
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count > 0 ? sum / count : 0;
}

export const movingAverageForecaster: Forecaster = {
  id: 'moving-average',
  label: 'Moving average',
  fit(series: SeriesInput): FittedModel {
    const { y } = series;
    const season = SEASON_LENGTH[series.frequency];
    const candidates = [...new Set([...CANDIDATE_WINDOWS, season])]
      .filter((w) => w <= Math.max(2, Math.floor(y.length / 2)))
      .sort((a, b) => a - b);
    const scoredFrom = candidates[candidates.length - 1] ?? 2;

    let bestWindow = candidates[0] ?? 2;
    let bestFitted = oneStepMeans(y, bestWindow);
    let bestError = Infinity;
    for (const window of candidates) {
      const fitted = oneStepMeans(y, window);
      let error = 0;
      for (let t = scoredFrom; t < y.length; t++) {
        const residual = (y[t] ?? NaN) - (fitted[t] ?? NaN);
        if (!Number.isNaN(residual)) error += residual * residual;
      }
      if (error < bestError) {
        bestError = error;
        bestWindow = window;
        bestFitted = fitted;
      }
    }
    return movingAverageModel(y, bestWindow, bestFitted);
  },
};

/** A fitted moving average; `extend` keeps the window and averages the latest values. */
function movingAverageModel(y: Float64Array, window: number, fitted: Float64Array): FittedModel {
  const level = meanOfLast(y, window);
  return {
    fitted,
    predict: (horizon) => new Float64Array(horizon).fill(level),
    describe: () => ({
      form: { code: 'moving-average', window },
      parameters: [
        { name: { code: 'window' }, value: window },
        { name: { code: 'level' }, value: level },
      ],
    }),
    extend: (series) => movingAverageModel(series.y, window, oneStepMeans(series.y, window)),
  };
}
