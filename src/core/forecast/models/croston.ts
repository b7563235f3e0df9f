/**
 * Intermittent-demand forecasters: Croston (1972), its bias-adjusted SBA variant (Syntetos &
 * Boylan 2005, ×(1 − α/2)) and TSB (Teunter, Syntetos & Babai 2011), which smooths the demand
 * probability every period instead of the interval between demands, so it decays towards 0 when
 * an item stops selling.
 *
 * Smoothing parameters are chosen from the grid 0.05, 0.10, …, 0.30 by in-sample one-step MSE
 * (both α and β for TSB). Initial state: the first demand's size, and for Croston/SBA the number
 * of observed periods up to it as the first interval; for TSB the share of observed periods with
 * demand. NaN periods (missing, closed) neither count as zero demand nor update anything; values
 * ≤ 0 count as no demand. A series without demand forecasts 0. Forecasts are flat over the horizon.
 */
import type { FittedModel, Forecaster, ModelDescription, SeriesInput } from '../types';

type Variant = 'croston' | 'sba' | 'tsb';

const GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

export interface IntermittentState {
  /** Flat forecast after the whole history. */
  forecast: number;
  /** One-step forecasts aligned with y (NaN before the first demand and at NaN periods). */
  fitted: Float64Array;
  size: number;
  /** Croston/SBA: smoothed interval; TSB: smoothed demand probability. */
  rate: number;
}

function firstDemand(y: Float64Array): { index: number; observedUpTo: number; share: number } {
  let index = -1;
  let observedUpTo = 0;
  let observed = 0;
  let demands = 0;
  for (let t = 0; t < y.length; t++) {
    const v = y[t] ?? NaN;
    if (Number.isNaN(v)) continue;
    observed++;
    if (v > 0) {
      demands++;
      if (index < 0) {
        index = t;
        observedUpTo = observed;
      }
    }
  }
  return { index, observedUpTo, share: observed === 0 ? 0 : demands / observed };
}

/** A series without demand forecasts 0, and its fitted values are 0 wherever it was observed. */
function noDemandState(y: Float64Array): IntermittentState {
  return {
    forecast: 0,
    fitted: y.map((v) => (Number.isNaN(v) ? NaN : 0)),
    size: 0,
    rate: 0,
  };
}

export function runCroston(y: Float64Array, alpha: number, biasFactor: number): IntermittentState {
  const fitted = new Float64Array(y.length).fill(NaN);
  const start = firstDemand(y);
  if (start.index < 0) return noDemandState(y);
  let size = y[start.index] ?? 0;
  let interval = start.observedUpTo;
  let sinceDemand = 0;
  for (let t = start.index + 1; t < y.length; t++) {
    const v = y[t] ?? NaN;
    if (Number.isNaN(v)) continue;
    fitted[t] = (biasFactor * size) / interval;
    sinceDemand++;
    if (v > 0) {
      size += alpha * (v - size);
      interval += alpha * (sinceDemand - interval);
      sinceDemand = 0;
    }
  }
  return { forecast: (biasFactor * size) / interval, fitted, size, rate: interval };
}

export function runTsb(y: Float64Array, alpha: number, beta: number): IntermittentState {
  const fitted = new Float64Array(y.length).fill(NaN);
  const start = firstDemand(y);
  if (start.index < 0) return noDemandState(y);
  let size = y[start.index] ?? 0;
  let probability = start.share;
  for (let t = start.index + 1; t < y.length; t++) {
    const v = y[t] ?? NaN;
    if (Number.isNaN(v)) continue;
    fitted[t] = probability * size;
    if (v > 0) {
      probability += beta * (1 - probability);
      size += alpha * (v - size);
    } else {
      probability -= beta * probability;
    }
  }
  return { forecast: probability * size, fitted, size, rate: probability };
}

function inSampleMse(y: Float64Array, fitted: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < y.length; t++) {
    const f = fitted[t] ?? NaN;
    const v = y[t] ?? NaN;
    if (Number.isNaN(f) || Number.isNaN(v)) continue;
    sum += (v - f) * (v - f);
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

/** Fits one variant with grid-searched smoothing parameters. Exported for tests of the recursions. */
export function fitIntermittent(
  y: Float64Array,
  variant: Variant,
): { state: IntermittentState; alpha: number; beta: number } {
  let best: { state: IntermittentState; alpha: number; beta: number; mse: number } | null = null;
  for (const alpha of GRID) {
    const betas = variant === 'tsb' ? GRID : [0];
    for (const beta of betas) {
      const state = runVariant(y, variant, alpha, beta);
      const mse = inSampleMse(y, state.fitted);
      // Strict improvement only, so ties keep the smaller (smoother) parameters.
      if (best === null || mse < best.mse - 1e-12) best = { state, alpha, beta, mse };
    }
  }
  // GRID is non-empty, so best is always set.
  const chosen = best as { state: IntermittentState; alpha: number; beta: number };
  return { state: chosen.state, alpha: chosen.alpha, beta: chosen.beta };
}

function runVariant(y: Float64Array, variant: Variant, alpha: number, beta: number): IntermittentState {
  return variant === 'tsb'
    ? runTsb(y, alpha, beta)
    : runCroston(y, alpha, variant === 'sba' ? 1 - alpha / 2 : 1);
}

/** A fitted intermittent model; `extend` keeps its smoothing parameters and re-runs the recursion. */
function intermittentModel(
  variant: Variant,
  state: IntermittentState,
  alpha: number,
  beta: number,
): FittedModel {
  const level = Math.max(0, state.forecast);
  const parameters: ModelDescription['parameters'] = [{ name: { code: 'alphaSize' }, value: alpha }];
  if (variant === 'tsb') {
    parameters.push({ name: { code: 'betaProbability' }, value: beta });
    parameters.push({ name: { code: 'demandProbability' }, value: state.rate });
  } else {
    parameters.push({ name: { code: 'demandInterval' }, value: state.rate });
  }
  parameters.push({ name: { code: 'demandSize' }, value: state.size });
  return {
    fitted: state.fitted,
    predict: (horizon: number) => new Float64Array(Math.max(0, horizon)).fill(level),
    describe: () => ({ form: { code: 'croston', variant }, parameters }),
    extend: (series) => intermittentModel(variant, runVariant(series.y, variant, alpha, beta), alpha, beta),
  };
}

function makeForecaster(variant: Variant, label: string): Forecaster {
  return {
    id: variant,
    label,
    fit(series: SeriesInput): FittedModel {
      const { state, alpha, beta } = fitIntermittent(series.y, variant);
      return intermittentModel(variant, state, alpha, beta);
    },
  };
}

export const crostonForecaster: Forecaster = makeForecaster('croston', 'Croston');
export const sbaForecaster: Forecaster = makeForecaster('sba', 'SBA');
export const tsbForecaster: Forecaster = makeForecaster('tsb', 'TSB');
