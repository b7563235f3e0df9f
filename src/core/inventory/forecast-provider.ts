/**
 * Demand distributions made the way a planner would have made them: at period t, a model fitted on
 * the data before t only, with the errors it made from earlier origins (each at least a full horizon
 * before t, so every error is known by then). The model is estimated once, at the earliest origin,
 * and re-filtered over the longer history (`extend`) at each later one; models without `extend` are
 * cheap to refit and are fitted again.
 */
import type { FittedModel, Forecaster, SeriesInput } from '../forecast/types';
import { empiricalDistribution, type EmpiricalDistribution } from './empirical-distribution';
import { seriesPrefix } from './series-prefix';

export interface ForecastProviderOptions {
  /** Periods each distribution must cover (the longest protection interval). */
  horizon: number;
  /** The earliest t the provider will be asked about. */
  firstOrigin: number;
  seed: number;
  /** Error paths from at most this many most recent origins (a recent error mix, bounded work). */
  maxErrorOrigins?: number;
  /** Fewest periods the model is fitted on. */
  minFitPeriods?: number;
}

export type EmpiricalProvider = (t: number) => EmpiricalDistribution;

const DEFAULT_MAX_ERROR_ORIGINS = 104;
const DEFAULT_MIN_FIT_PERIODS = 8;

/**
 * The provider, or null when the series is too short to fit the model before `firstOrigin`, or the
 * model cannot be fitted there (the caller falls back to the naive rule and says why).
 */
export function forecastDemandProvider(
  series: SeriesInput,
  forecaster: Forecaster,
  options: ForecastProviderOptions,
): EmpiricalProvider | null {
  const { horizon, firstOrigin, seed } = options;
  const maxErrorOrigins = options.maxErrorOrigins ?? DEFAULT_MAX_ERROR_ORIGINS;
  const minFit = options.minFitPeriods ?? DEFAULT_MIN_FIT_PERIODS;
  const fitOrigin = Math.max(minFit, firstOrigin - horizon - maxErrorOrigins);
  if (fitOrigin > firstOrigin) return null;
  let base: FittedModel;
  try {
    base = forecaster.fit(seriesPrefix(series, fitOrigin, horizon), { horizon, seed });
  } catch {
    return null;
  }
  const forecasts = new Map<number, Float64Array>();
  const forecastFrom = (origin: number): Float64Array => {
    let forecast = forecasts.get(origin);
    if (forecast === undefined) {
      const input = seriesPrefix(series, origin, horizon);
      const model =
        origin === fitOrigin
          ? base
          : (base.extend?.(input, { horizon, seed }) ?? forecaster.fit(input, { horizon, seed }));
      forecast = model.predict(horizon);
      forecasts.set(origin, forecast);
    }
    return forecast;
  };
  const { y } = series;
  return (t) => {
    const first = Math.max(fitOrigin, t - horizon - maxErrorOrigins + 1);
    const values = new Float64Array(Math.max(0, t - horizon - first + 1) * horizon);
    let count = 0;
    for (let origin = first; origin + horizon <= t; origin++) {
      const forecast = forecastFrom(origin);
      let complete = true;
      for (let j = 0; j < horizon; j++) {
        const actual = y[origin + j] as number;
        if (Number.isNaN(actual)) complete = false;
        values[count * horizon + j] = actual - (forecast[j] as number);
      }
      if (complete) count++;
    }
    return empiricalDistribution(forecastFrom(t), { values, count, horizon }, y.subarray(0, t));
  };
}
