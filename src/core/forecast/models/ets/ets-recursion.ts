/**
 * The ETS state-space recursion (Hyndman et al. 2008, in the update form of R's `etscalc`): one pass
 * over the series gives the one-step forecasts, the final states and the likelihood. This runs
 * hundreds of times per fit, so it is a flat loop over typed arrays with no allocation.
 *
 * The seasonal states sit in a ring indexed by phase (t mod m): the state used to forecast period t
 * is season[t mod m], set m periods earlier. A missing y (NaN) contributes nothing to the
 * likelihood and leaves the states to run on as forecast.
 */

export const TREND_NONE = 0;
export const TREND_ADDITIVE = 1;
export const SEASON_NONE = 0;
export const SEASON_ADDITIVE = 1;
export const SEASON_MULTIPLICATIVE = 2;

export interface EtsParameters {
  alpha: number;
  beta: number;
  gamma: number;
  /** Damping; 1 for an undamped trend. */
  phi: number;
}

/** The states after the last period, to forecast from. `season` is indexed by phase. */
export interface EtsState {
  level: number;
  slope: number;
  season: Float64Array;
}

export interface RecursionSpec {
  multiplicativeError: boolean;
  trend: number;
  season: number;
  period: number;
}

/**
 * Runs the recursion from the initial states (`state` is overwritten with the final states) and
 * returns −2·log-likelihood up to a constant shared by all forms for the same y:
 * n·log(SSE) for additive errors, plus 2·Σ log|ŷ_t| for multiplicative ones (relative errors).
 * Returns Infinity when a multiplicative form meets a non-positive forecast or state.
 * When `fitted` is given it receives the one-step forecasts.
 */
export function runRecursion(
  y: Float64Array,
  spec: RecursionSpec,
  params: EtsParameters,
  state: EtsState,
  fitted?: Float64Array,
): number {
  const { alpha, beta, gamma, phi } = params;
  const { multiplicativeError, trend, season: seasonType, period } = spec;
  const hasTrend = trend !== TREND_NONE;
  const multiplicativeSeason = seasonType === SEASON_MULTIPLICATIVE;
  const betaOverAlpha = beta / alpha;
  const season = state.season;
  let level = state.level;
  let slope = hasTrend ? state.slope : 0;
  let sumSquares = 0;
  // Σ log ŷ is kept as a running product, folded into the sum only when it grows large or small:
  // one log per many periods instead of one per period.
  let sumLogForecast = 0;
  let forecastProduct = 1;
  let observed = 0;
  let phase = 0;

  for (let t = 0; t < y.length; t++) {
    const damped = hasTrend ? phi * slope : 0;
    const base = level + damped;
    const seasonal = seasonType === SEASON_NONE ? 0 : (season[phase] ?? 0);
    const forecast =
      seasonType === SEASON_NONE ? base : multiplicativeSeason ? base * seasonal : base + seasonal;
    if (fitted) fitted[t] = forecast;
    if (multiplicativeError && !(forecast > 0)) return Infinity;
    if (multiplicativeSeason && !(base > 0 && seasonal > 0)) return Infinity;

    let value = y[t] ?? NaN;
    if (value !== value) {
      value = forecast;
    } else {
      const error = multiplicativeError ? (value - forecast) / forecast : value - forecast;
      sumSquares += error * error;
      if (multiplicativeError) {
        forecastProduct *= forecast;
        if (forecastProduct > 1e100 || forecastProduct < 1e-100) {
          sumLogForecast += Math.log(forecastProduct);
          forecastProduct = 1;
        }
      }
      observed++;
    }

    const previousLevel = level;
    const deseasonalised =
      seasonType === SEASON_NONE ? value : multiplicativeSeason ? value / seasonal : value - seasonal;
    level = base + alpha * (deseasonalised - base);
    if (hasTrend) slope = damped + betaOverAlpha * (level - previousLevel - damped);
    if (seasonType !== SEASON_NONE) {
      const detrended = multiplicativeSeason ? value / base : value - base;
      season[phase] = seasonal + gamma * (detrended - seasonal);
    }
    phase++;
    if (phase === period) phase = 0;
  }
  state.level = level;
  state.slope = slope;
  if (observed === 0) return Infinity;
  sumLogForecast += Math.log(forecastProduct);
  // A perfect fit has SSE 0; R floors the criterion the same way instead of returning −∞.
  const fit = observed * Math.log(Math.max(sumSquares, 1e-300));
  return Math.max(-1e10, fit + 2 * sumLogForecast);
}

/** Point forecasts 1..horizon ahead from the final states of a series of length n. */
export function forecastFromState(
  spec: RecursionSpec,
  params: EtsParameters,
  state: EtsState,
  n: number,
  horizon: number,
): Float64Array {
  const out = new Float64Array(horizon);
  let slopeSum = 0;
  let damping = 1;
  for (let h = 0; h < horizon; h++) {
    damping *= params.phi;
    slopeSum += damping;
    const base = state.level + (spec.trend === TREND_NONE ? 0 : slopeSum * state.slope);
    const phase = (n + h) % spec.period;
    const seasonal = state.season[phase] ?? 0;
    out[h] =
      spec.season === SEASON_NONE
        ? base
        : spec.season === SEASON_MULTIPLICATIVE
          ? base * seasonal
          : base + seasonal;
  }
  return out;
}
