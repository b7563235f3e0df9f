/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form Hyndman & Billah (2003) showed
 * it to be, as R's `thetaf`: simple exponential smoothing plus a drift of half the slope of the
 * series' straight-line trend. Series that pass the ACF seasonality test are first divided by
 * classical multiplicative seasonal indices, which are put back on the forecast.
 *
 * The optimised variant weighs the drift by 1 − 1/θ (θ = 2 is the standard method) and picks θ ≥ 1
 * by least squares on the in-sample one-step errors, which has a closed form because the one-step
 * forecast is linear in that weight.
 */
import { SEASON_LENGTH, type FittedModel, type Forecaster, type SeriesInput } from '../types';
import { clampNonNegative, countObserved, fillMissingSeasonal, isConstant } from '../series-prep';
import { isSeasonal, seasonalIndices } from './classical-decomposition';
import { fitEtsForm, refilterEts, type EtsFit } from './ets/ets-fit';

/** Largest θ the optimised method may choose: a drift weight of 0.95. */
const MAX_THETA = 20;

export interface ThetaFit {
  theta: number;
  alpha: number;
  /** Slope of the least-squares line through the (adjusted) series. */
  slope: number;
  /** Final SES level. */
  level: number;
  /** One-step in-sample forecasts of the series passed in. */
  fitted: Float64Array;
  /** Point forecasts 1..horizon ahead. */
  forecast(horizon: number): Float64Array;
  /** The same α, initial level, slope and θ run over a longer series that starts with this one. */
  extend(y: Float64Array): ThetaFit | undefined;
}

/** Least-squares slope of y on t = 0..n−1 over the observed values. */
function trendSlope(y: Float64Array): number {
  let count = 0;
  let meanT = 0;
  let meanY = 0;
  for (let t = 0; t < y.length; t++) {
    const v = y[t] ?? NaN;
    if (Number.isNaN(v)) continue;
    count++;
    meanT += t;
    meanY += v;
  }
  if (count < 2) return 0;
  meanT /= count;
  meanY /= count;
  let sty = 0;
  let stt = 0;
  for (let t = 0; t < y.length; t++) {
    const v = y[t] ?? NaN;
    if (Number.isNaN(v)) continue;
    sty += (t - meanT) * (v - meanY);
    stt += (t - meanT) ** 2;
  }
  return stt > 0 ? sty / stt : 0;
}

/**
 * Theta on a series with no seasonality left in it (NaN allowed). `theta` fixed, or 'optimise'.
 * Returns undefined for a series too short or flat to smooth (the caller then forecasts flat).
 */
export function fitThetaLines(y: Float64Array, theta: number | 'optimise'): ThetaFit | undefined {
  const observed = countObserved(y);
  if (observed < 4 || isConstant(y)) return undefined;
  const filled = fillMissingSeasonal(y, 1);
  const ses = fitEtsForm(y, filled, observed, { error: 'A', trend: 'N', season: 'N' }, 1);
  if (!ses) return undefined;
  const alpha = Math.max(1e-10, ses.params.alpha);
  const slope = trendSlope(y);
  let weight: number;
  if (theta === 'optimise') {
    let numerator = 0;
    let denominator = 0;
    for (let t = 1; t < y.length; t++) {
      const residual = (y[t] ?? NaN) - (ses.fitted[t] ?? 0);
      if (Number.isNaN(residual)) continue;
      const drift = thetaDrift(slope, alpha, t);
      numerator += residual * drift;
      denominator += drift * drift;
    }
    const best = denominator > 0 ? numerator / denominator : 0.5;
    weight = Math.min(1 - 1 / MAX_THETA, Math.max(0, best));
  } else {
    weight = 1 - 1 / theta;
  }
  return thetaLines(ses, slope, weight);
}

/** Drift of the one-step forecast after t periods, per unit weight: slope·(1 − (1−α)^t)/α. */
const thetaDrift = (slope: number, alpha: number, t: number): number =>
  (slope * (1 - (1 - alpha) ** t)) / alpha;

/** The Theta lines from an SES fit, the trend slope and the drift weight 1 − 1/θ. */
function thetaLines(ses: EtsFit, slope: number, weight: number): ThetaFit {
  const alpha = Math.max(1e-10, ses.params.alpha);
  const n = ses.fitted.length;
  // One-step forecast at t (t periods seen) = SES forecast + w·slope·(1 − (1−α)^t)/α.
  const fitted = new Float64Array(n);
  for (let t = 0; t < n; t++) fitted[t] = (ses.fitted[t] ?? 0) + weight * thetaDrift(slope, alpha, t);
  const level = ses.finalState.level;
  return {
    theta: 1 / (1 - weight),
    alpha,
    slope,
    level,
    fitted,
    forecast(horizon) {
      const out = new Float64Array(horizon);
      const start = (1 - (1 - alpha) ** n) / alpha;
      for (let h = 0; h < horizon; h++) out[h] = level + weight * slope * (h + start);
      return out;
    },
    extend(y) {
      const next = refilterEts(ses, y, countObserved(y));
      return next ? thetaLines(next, slope, weight) : undefined;
    },
  };
}

/** Seasonal indices by phase when the series passes the seasonality test, else undefined. */
function seasonalAdjustment(filled: Float64Array, period: number): Float64Array | undefined {
  if (!isSeasonal(filled, period)) return undefined;
  let positive = true;
  for (let t = 0; t < filled.length; t++) if ((filled[t] ?? 0) <= 0) positive = false;
  // Multiplicative as R's thetaf; a series with zeros cannot be divided, so it is left unadjusted.
  return positive ? seasonalIndices(filled, period, 'multiplicative') : undefined;
}

function fitTheta(series: SeriesInput, theta: number | 'optimise'): FittedModel {
  const period = SEASON_LENGTH[series.frequency];
  const indices = seasonalAdjustment(fillMissingSeasonal(series.y, period), period);
  const adjusted = deseasonalise(series.y, indices);
  return thetaModel(series.y, indices, fitThetaLines(adjusted, theta), theta === 'optimise', (longer) =>
    fitTheta(longer, theta),
  );
}

/** y divided by the seasonal index of each period's phase (y itself without indices). */
function deseasonalise(y: Float64Array, indices: Float64Array | undefined): Float64Array {
  if (!indices) return y;
  return Float64Array.from(y, (v, t) => v / (indices[t % indices.length] ?? 1));
}

/**
 * A fitted Theta model; `extend` keeps the seasonal indices and the lines' parameters. `refit` is the
 * full fit, for a series too flat to have lines (nothing worth keeping) or one the SES cannot run on.
 */
function thetaModel(
  y: Float64Array,
  indices: Float64Array | undefined,
  fit: ThetaFit | undefined,
  optimised: boolean,
  refit: (series: SeriesInput) => FittedModel,
): FittedModel {
  const n = y.length;
  const period = indices?.length ?? 1;
  const factor = (t: number): number => (indices ? (indices[t % period] ?? 1) : 1);
  let flatLevel = 0;
  if (!fit) {
    const observed = countObserved(y);
    for (let t = 0; t < n; t++) if (!Number.isNaN(y[t] ?? NaN)) flatLevel += (y[t] ?? 0) / observed;
  }
  const fitted = fit
    ? Float64Array.from(fit.fitted, (v, t) => v * factor(t))
    : new Float64Array(n).fill(flatLevel);
  return {
    fitted,
    predict(horizon) {
      const forecast = fit ? fit.forecast(horizon) : new Float64Array(horizon).fill(flatLevel);
      for (let h = 0; h < horizon; h++) forecast[h] = (forecast[h] ?? 0) * factor(n + h);
      return clampNonNegative(forecast, y);
    },
    describe() {
      const season = indices ? period : null;
      if (!fit)
        return {
          form: { code: 'theta', optimised, theta: null, season },
          parameters: [{ name: { code: 'level' }, value: flatLevel }],
        };
      return {
        form: { code: 'theta', optimised, theta: fit.theta, season },
        parameters: [
          { name: { code: 'theta' }, value: fit.theta },
          { name: { code: 'alpha' }, value: fit.alpha },
          { name: { code: 'drift' }, value: (1 - 1 / fit.theta) * fit.slope },
          { name: { code: 'level' }, value: fit.level },
        ],
      };
    },
    extend(series) {
      const next = fit?.extend(deseasonalise(series.y, indices));
      return next ? thetaModel(series.y, indices, next, optimised, refit) : refit(series);
    },
  };
}

/** Standard Theta (θ = 2): SES with half the trend's slope as drift. */
export const thetaForecaster: Forecaster = {
  id: 'theta',
  label: 'Theta',
  fit: (series) => fitTheta(series, 2),
};

/** Theta with θ chosen on the in-sample one-step squared errors. */
export const optimisedThetaForecaster: Forecaster = {
  id: 'theta',
  label: 'Optimised Theta',
  fit: (series) => fitTheta(series, 'optimise'),
};
