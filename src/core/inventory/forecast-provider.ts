/**
 * Demand distributions made the way a planner would have made them: at period t, a model fitted on
 * the data before t only, with the errors it made from earlier origins (each at least a full horizon
 * before t, so every error is known by then). As the forecast run's evaluation does, the model is
 * estimated once per part (at the earliest origin, and again at each `estimateAt` origin, such as the
 * start of the test window) and only re-filtered over the longer history (`extend`) at the origins
 * after that. A fit without `extend` is fitted again at the next origin: cheap models have none, and
 * a model that fell back to a simpler form on a short early history (AR-X's mean-only model) is
 * estimated properly once there is more, then extended, instead of estimated at every origin.
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
  /** Later origins where the model is estimated afresh (on the data before them). */
  estimateAt?: readonly number[];
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
  const fitOptions = { horizon, seed };
  const parts = [fitOrigin, ...(options.estimateAt ?? []).filter((origin) => origin > fitOrigin)].sort(
    (a, b) => a - b,
  );
  /** Per part (by its first origin), its latest fresh fit: forecasts from later origins extend it. */
  const estimates = new Map<number, { origin: number; model: FittedModel }>();
  const fitAt = (origin: number, input: SeriesInput) => ({
    origin,
    model: forecaster.fit(input, fitOptions),
  });
  try {
    estimates.set(fitOrigin, fitAt(fitOrigin, seriesPrefix(series, fitOrigin, horizon)));
  } catch {
    return null;
  }
  const modelAt = (origin: number, input: SeriesInput): FittedModel => {
    const part = parts.findLast((start) => start <= origin) ?? fitOrigin;
    let estimate = estimates.get(part);
    if (estimate === undefined) {
      estimate = fitAt(part, part === origin ? input : seriesPrefix(series, part, horizon));
      estimates.set(part, estimate);
    }
    if (estimate.origin === origin) return estimate.model;
    // An origin before the estimate (asked out of order) must not see its later data: fitted afresh.
    const extended = origin > estimate.origin ? estimate.model.extend?.(input, fitOptions) : undefined;
    if (extended !== undefined) return extended;
    const fitted = fitAt(origin, input);
    if (origin > estimate.origin) estimates.set(part, fitted);
    return fitted.model;
  };
  const forecasts = new Map<number, Float64Array>();
  const forecastFrom = (origin: number): Float64Array => {
    let forecast = forecasts.get(origin);
    if (forecast === undefined) {
      forecast = modelAt(origin, seriesPrefix(series, origin, horizon)).predict(horizon);
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
