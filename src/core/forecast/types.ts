/**
 * The one model interface. Every forecaster (naive, ETS, Theta, ARIMA, AR-X, Croston, and later the
 * neural ones) is fitted, evaluated, charted and exported the same way, so evaluation, intervals,
 * charts and the inventory step never care which model made a forecast.
 */
import type { CovariateKind, Frequency } from '../dataset/types';
import type { ModelId } from './model-registry';
import type { ModelForm, Parameter } from './model-form';

export type { ModelId };

/** A covariate aligned with the series: `history.length + horizon` values (plan rows after the history). */
export interface SeriesCovariate {
  name: string;
  kind: CovariateKind;
  values: Float64Array;
  /** For categorical covariates: the category name of each code in `values`. */
  categories?: string[];
  /** True when the future part was carried forward because the file had no plan for it. */
  carriedForward?: boolean;
  /** Set on the mapped price column (the retailer's own shelf price). */
  price?: true;
  /** Set on a column mapped as the retailer's own promotion. */
  promotion?: true;
}

/** One series on its regular grid, as a model sees it. */
export interface SeriesInput {
  /** Sales per period, oldest first. NaN = no value (missing, or the period could not sell). */
  y: Float64Array;
  frequency: Frequency;
  /** Day number of each period of `y`, followed by those of the future periods (length y.length + horizon). */
  dates: Int32Array;
  /** Covariates over history and future, same length as `dates`. */
  covariates: SeriesCovariate[];
  /**
   * 1 for each future period the plan says cannot sell (closed, not listed), length `horizon`;
   * absent when none is. Such a period is forecast 0 with a zero band (closed-periods.ts).
   */
  futureClosed?: Uint8Array;
}

/** Lets a long fit stop early; the core has no DOM AbortSignal. */
export interface CancelToken {
  readonly cancelled: boolean;
}

export interface FitOptions {
  /** Periods ahead that will be asked of predict(); models may tune for it. */
  horizon: number;
  /** Seed for anything random, so the same data and settings give the same numbers. */
  seed: number;
  cancel?: CancelToken;
}

/** What a fitted model tells the user about itself (its form, coefficients), as codes (model-form.ts). */
export interface ModelDescription {
  form: ModelForm;
  /** Named parameters and coefficients (alpha, beta, phi, AR terms, regressors' betas). */
  parameters: Parameter[];
  /** Information criterion of the chosen form, when the model has one. */
  aicc?: number;
}

export interface FittedModel {
  /** Point forecasts for the next `horizon` periods after the history. Never negative for sales. */
  predict(horizon: number): Float64Array;
  /** One-step-ahead in-sample fitted values aligned with y (NaN where none). */
  fitted: Float64Array;
  describe(): ModelDescription;
  /**
   * The same form and parameters, re-run over a longer history (R's `ets(y, model = fit)`,
   * `Arima(y, model = fit)`): `series` is the series this model was fitted on with more periods
   * appended (its dates and covariates reach `horizon` periods past the new history). Nothing is
   * re-estimated, so rolling-origin evaluation estimates once per part and only filters after that.
   * Models whose fit is as cheap as a filter leave it out and are simply fitted again. `options` are
   * the run's (horizon, seed, cancel token), for a model that has to estimate afresh after all.
   */
  extend?(series: SeriesInput, options: FitOptions): FittedModel;
}

export interface Forecaster {
  readonly id: ModelId;
  /** Name shown to users ("Seasonal naive", "ETS", "Theta", "AR-X", …). */
  readonly label: string;
  fit(series: SeriesInput, options: FitOptions): FittedModel;
}

/** The main seasonal period of each frequency (a week of days, a year of weeks/months/quarters). */
export const SEASON_LENGTH: Record<Frequency, number> = {
  daily: 7,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
};

/** Every seasonal period worth modelling (daily data has a week and a year). */
export const SEASONAL_PERIODS: Record<Frequency, number[]> = {
  daily: [7, 365],
  weekly: [52],
  monthly: [12],
  quarterly: [4],
};
