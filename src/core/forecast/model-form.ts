/**
 * What a fitted model says about itself, as codes with figures (never sentences): the page words
 * them in the user's language (features/forecast/model-form-words.ts). Notation such as
 * "ETS(M,Ad,M)" or "ARIMA(1,1,1)(0,1,1)[12]" reads the same in every language and travels as is.
 */

/** The fitted form of a model. */
export type ModelForm =
  | { code: 'naive' }
  /** Seasonal naive on a series shorter than one season: the last value repeated. */
  | { code: 'naive-short'; period: number }
  | { code: 'seasonal-naive'; period: number }
  | { code: 'moving-average'; window: number }
  /** `notation` without the constant: "ARIMA(1,1,1)(0,1,1)[12]". */
  | { code: 'arima'; notation: string; constant: 'none' | 'mean' | 'drift' }
  | { code: 'ets'; notation: string }
  /** `theta` null: too short or flat to fit, a flat mean; `season`: the multiplicative season's period. */
  | { code: 'theta'; optimised: boolean; theta: number | null; season: number | null }
  /** Seasonal decomposition (`periods`, none when too short) and the adjusted series' model. */
  | { code: 'stl'; periods: number[]; inner: ModelForm }
  /** A flat mean (of the seasonally adjusted series, inside STL). */
  | { code: 'mean' }
  | { code: 'croston'; variant: 'croston' | 'sba' | 'tsb' }
  | { code: 'arx'; scale: 'additive' | 'log'; lags: number[]; regressors: number }
  /** AR-X with too little history for any lag: the mean. */
  | { code: 'arx-mean' }
  | { code: 'pooled'; series: number; periods: number }
  /** A global network's stored forecasts; `model` is its name (RNN, LSTM, …: the same in every language). */
  | { code: 'network'; model: string };

export type ModelFormCode = ModelForm['code'];

/** Every form code, for the test that each one has words in every catalogue. */
export const MODEL_FORM_CODES = [
  'naive',
  'naive-short',
  'seasonal-naive',
  'moving-average',
  'arima',
  'ets',
  'theta',
  'stl',
  'mean',
  'croston',
  'arx',
  'arx-mean',
  'pooled',
  'network',
] as const satisfies readonly ModelFormCode[];

/** Parameters named by one word of the catalogue's `explanation.parameters`. */
export const NAMED_PARAMETERS = [
  'alpha',
  'beta',
  'gamma',
  'phi',
  'theta',
  'drift',
  'level',
  'initialLevel',
  'initialSlope',
  'mean',
  'intercept',
  'lastValue',
  'window',
  'seasonLength',
  'sigma2',
  'alphaSize',
  'betaProbability',
  'demandProbability',
  'demandInterval',
  'demandSize',
] as const;
export type NamedParameter = (typeof NAMED_PARAMETERS)[number];

/** Parameters with a number: AR/MA terms of order n, sales n periods back, "no lag n yet". */
export const NUMBERED_PARAMETERS = ['ar', 'ma', 'sar', 'sma', 'lag', 'noLagYet'] as const;
export type NumberedParameter = (typeof NUMBERED_PARAMETERS)[number];

/** The name of a fitted parameter or coefficient. */
export type ParameterName =
  | { code: NamedParameter }
  | { code: NumberedParameter; n: number }
  /** A day-of-week effect; 0 = Monday. */
  | { code: 'weekday'; day: number }
  /** A month effect; 0 = January. */
  | { code: 'month'; month: number }
  /** A quarter effect; 1–4. */
  | { code: 'quarter'; quarter: number }
  /**
   * A covariate column of the user's file: as it is, as its log (AR-X's log form), or relative to
   * its recent mean (the pooled regression's numeric covariates).
   */
  | { code: 'covariate'; column: string; scale: 'level' | 'log' | 'relative' }
  /** One category of a categorical covariate (its indicator). */
  | { code: 'category'; column: string; category: string };

export interface Parameter {
  name: ParameterName;
  value: number;
}

/**
 * The form behind a series' exported forecast: one model's, or Auto's median blend of several
 * (averaged with `anchor`'s forecast when Auto's combination was: auto.ts, anchoredBlend).
 */
export type ForecastForm = ModelForm | { code: 'blend'; members: ModelForm[]; anchor?: ModelForm };
