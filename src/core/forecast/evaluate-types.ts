/** What evaluating one series returns: everything the metrics table, charts and export need. */
import type { ForecastMetrics, RankingMetric } from '../metrics/forecast-metrics';
import type { MaseScale } from '../metrics/mase-scale';
import type { AutoChoice } from './auto';
import type { ConformalMode, ForecastQuantiles, ScaledErrorWindows } from './intervals';
import type { SeriesSplit, SplitSettings } from './split';
import type { CancelToken, ModelDescription, ModelId } from './types';

export interface EvaluationSettings {
  /** Periods ahead to forecast (and to score at each rolling origin). */
  horizon: number;
  split: SplitSettings;
  /** Central interval level the user chose, e.g. 0.95 (p10/p90 are always given too). */
  level: number;
  seed: number;
  /** Rolling origins per part (default 4). */
  maxOrigins?: number;
  /** What Auto ranks by (default MASE). */
  metric?: RankingMetric;
  intervalMode?: ConformalMode;
  cancel?: CancelToken;
}

/** A `horizon`-step forecast made at `origin` (fitted on periods before it), for charting. */
export interface OriginForecast {
  origin: number;
  values: Float64Array;
}

export interface FutureForecast {
  /** Export `model` column: the model id, or `auto(<id>)` / `auto(blend)`. */
  model: string;
  point: Float64Array;
  quantiles: ForecastQuantiles;
}

/** Scores, charts and future forecast of one forecast source (a model, or Auto's choice). */
export interface EvaluatedForecast {
  /** In-sample one-step metrics on the train part (absent for a blend). */
  train?: ForecastMetrics;
  validation?: ForecastMetrics;
  test?: ForecastMetrics;
  validationForecasts: OriginForecast[];
  testForecasts: OriginForecast[];
  /** Share of test actuals inside the p10–p90 band; NaN without a test part. */
  testCoverage80: number;
  /**
   * Errors of the calibration windows (split.ts: calibrationOrigins, then one per validation origin)
   * divided by the series' scale; absent without a validation part. What the run calibration pools
   * (run-calibration.ts).
   */
  calibrationErrors?: ScaledErrorWindows;
  future?: FutureForecast;
}

export interface ModelEvaluation extends EvaluatedForecast {
  id: ModelId;
  label: string;
  /** Set when the model failed on this series (what it said); the scores it did get are kept. */
  error?: string;
  /** The model fitted on all history. */
  description?: ModelDescription;
}

export interface AutoEvaluation extends EvaluatedForecast {
  choice: AutoChoice;
}

export interface SeriesEvaluation {
  split: SeriesSplit;
  /** MASE denominator and interval scale of the validation and test windows, from the train part. */
  scale: MaseScale;
  /** Interval scale of the future forecast: `scale`'s, or 0 for a history without a sale (see futureIntervalScale). */
  futureScale: number;
  seasonLength: number;
  /** Day numbers of the future periods (length `horizon`). */
  futureDates: Int32Array;
  /**
   * Actuals of the test windows, one horizon per test origin in `split.testOrigins` order (NaN past
   * the series' end), so coverage can be re-scored after a catalogue-wide calibration.
   */
  testActuals?: Float64Array;
  models: ModelEvaluation[];
  /** Null when no model could forecast this series. */
  auto: AutoEvaluation | null;
}
