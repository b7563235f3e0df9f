/**
 * What the chart draws over a series' history besides the actuals, kept with the run so the chart
 * never re-fits: the exported source's rolling-origin forecasts of the validation and test parts
 * (Auto's, or the chosen model's: the very windows it was scored on), over the chart's recent view
 * only. Float32 and at most max(3 horizons, the test part) periods, so 30,000 series keep a few
 * hundred bytes each.
 */
import type { OriginForecast } from './evaluate-types';
import type { SeriesSplit } from './split';

/** History periods the recent view shows per forecast period. */
export const HISTORY_PER_HORIZON = 3;

/**
 * First history period of the recent view: three horizons of history (at least the test part), so
 * the future takes at least a quarter of the chart's width and stays readable.
 */
export function recentStart(length: number, horizon: number, testLength = 0): number {
  return Math.max(0, length - Math.max(HISTORY_PER_HORIZON * horizon, testLength));
}

export interface StoredBackcast {
  /** The split's part boundaries: periods before `trainEnd` train, before `validationEnd` validation, then test. */
  readonly trainEnd: number;
  readonly validationEnd: number;
  /** First history period `values` covers (never inside the train part: it has no such forecasts). */
  readonly start: number;
  /**
   * From `start` to the end of the history: the forecast of the latest origin whose window covers
   * the period (windows may overlap); NaN where none does.
   */
  readonly values: Float32Array;
}

/** The backcast of one source from its validation and test windows (the parts do not overlap). */
export function storedBackcast(
  split: Pick<SeriesSplit, 'length' | 'horizon' | 'trainEnd' | 'validationEnd'>,
  windows: readonly OriginForecast[],
): StoredBackcast {
  const { length, horizon, trainEnd, validationEnd } = split;
  const start = Math.min(length, Math.max(trainEnd, recentStart(length, horizon, length - validationEnd)));
  const values = new Float32Array(length - start).fill(NaN);
  for (const forecast of [...windows].sort((a, b) => a.origin - b.origin)) {
    for (let step = 0; step < forecast.values.length; step++) {
      const t = forecast.origin + step;
      if (t >= start && t < length) values[t - start] = forecast.values[step] as number;
    }
  }
  return { trainEnd, validationEnd, start, values };
}
