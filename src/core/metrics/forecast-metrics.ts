/** Every error measure of one forecast against its actuals, as the metrics table shows them. */
import { maseScale, type MaseScale } from './mase-scale';
import {
  absoluteTotals,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanError,
  meanSquaredError,
  symmetricMape,
} from './point-errors';

export interface ForecastMetrics {
  /** Pairs scored (actual and forecast both present). */
  count: number;
  mse: number;
  rmse: number;
  mae: number;
  /** Percent, over non-zero actuals only. */
  mape: number;
  /** Pairs left out of MAPE because the actual was 0. */
  mapeSkipped: number;
  /** Percent, 0–200. */
  smape: number;
  mase: number;
  /** Percent. */
  wape: number;
  /** Mean forecast − actual. */
  bias: number;
  /** Σ|actual − forecast| and Σ|actual|, kept so WAPE can be pooled over series. */
  sumAbsError: number;
  sumAbsActual: number;
}

/** The metric names Auto can rank by (lower is better for all of them). */
export type RankingMetric = 'mase' | 'rmse' | 'mae' | 'wape' | 'smape' | 'mse';

export const RANKING_METRIC_LABEL: Record<RankingMetric, string> = {
  mase: 'MASE',
  rmse: 'RMSE',
  mae: 'MAE',
  wape: 'WAPE',
  smape: 'sMAPE',
  mse: 'MSE',
};

/**
 * Scores `forecast` against `actual` (NaN actuals skipped). MASE divides by `scale`, or by the
 * seasonal-naive scale of `history` at lag `m` when no scale is given.
 */
export function computeMetrics(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  history: ArrayLike<number>,
  m: number,
  scale: MaseScale = maseScale(history, m),
): ForecastMetrics {
  const mse = meanSquaredError(actual, forecast);
  const mae = meanAbsoluteError(actual, forecast);
  const mape = meanAbsolutePercentageError(actual, forecast);
  const totals = absoluteTotals(actual, forecast);
  let count = 0;
  const n = Math.min(actual.length, forecast.length);
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(actual[i] as number) && !Number.isNaN(forecast[i] as number)) count++;
  }
  return {
    count,
    mse,
    rmse: Math.sqrt(mse),
    mae,
    mape: mape.value,
    mapeSkipped: mape.skippedZeros,
    smape: symmetricMape(actual, forecast),
    mase: mae / scale.value,
    wape: totals.sumAbsActual === 0 ? NaN : (100 * totals.sumAbsError) / totals.sumAbsActual,
    bias: meanError(actual, forecast),
    sumAbsError: totals.sumAbsError,
    sumAbsActual: totals.sumAbsActual,
  };
}

function meanIgnoringNaN(values: number[]): number {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count === 0 ? NaN : sum / count;
}

/**
 * Combines per-series metrics into one row: each measure is the mean of the series' values
 * (series where it is undefined left out), except WAPE, which is pooled (Σ|error| / Σ|actual| over
 * all series) so big series weigh by their volume, and the counts, which add up.
 */
export function aggregateMetrics(perSeries: ForecastMetrics[]): ForecastMetrics {
  const mean = (pick: (m: ForecastMetrics) => number): number => meanIgnoringNaN(perSeries.map(pick));
  const sum = (pick: (m: ForecastMetrics) => number): number =>
    perSeries.reduce((total, metrics) => total + pick(metrics), 0);
  const sumAbsError = sum((m) => m.sumAbsError);
  const sumAbsActual = sum((m) => m.sumAbsActual);
  return {
    count: sum((m) => m.count),
    mse: mean((m) => m.mse),
    rmse: mean((m) => m.rmse),
    mae: mean((m) => m.mae),
    mape: mean((m) => m.mape),
    mapeSkipped: sum((m) => m.mapeSkipped),
    smape: mean((m) => m.smape),
    mase: mean((m) => m.mase),
    wape: sumAbsActual === 0 ? NaN : (100 * sumAbsError) / sumAbsActual,
    bias: mean((m) => m.bias),
    sumAbsError,
    sumAbsActual,
  };
}
