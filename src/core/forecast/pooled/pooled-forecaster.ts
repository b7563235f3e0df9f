/**
 * The pooled regression as the engine sees it: a Forecaster over a PooledFit made on all series
 * (pooled-fit.ts). Fitting at origin o — the engine hands it the series' periods before o — picks
 * the coefficients fitted on every series' rows dated before the origin's first forecast date, and
 * forecasts recursively: each forecast becomes the lag of the next, on the level of the periods
 * before it. A covariate the file has no plan for takes its typical recent value over the forecast
 * (as AR-X does, arx-typical-future.ts), in backtests too, so Auto judges the model as it will
 * forecast the real future.
 */
import { withTypicalFuture } from '../models/arx-typical-future';
import type { FittedModel, Forecaster, SeriesInput } from '../types';
import { pooledColumnNames, rowLevel, writeRow, RATIO_CAP, type RowSource } from './pooled-features';
import type { PooledFit } from './pooled-fit';

export const POOLED_LABEL = 'Pooled regression';

/** The boundary whose fit a forecast from the first forecast date `day` may use (see PooledFit). */
export function boundaryFor(fit: PooledFit, day: number): number {
  const { start, width, count } = fit.setup.calendar;
  return Math.min(count, Math.max(0, Math.floor((day - start) / width)));
}

function dot(coefficients: Float64Array, offset: number, row: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < row.length; i++) sum += (coefficients[offset + i] as number) * (row[i] as number);
  return sum;
}

export function pooledForecaster(fit: PooledFit): Forecaster {
  const { layout, covariateNames } = fit.setup;
  const width = layout.width;
  return {
    id: 'pooled',
    label: POOLED_LABEL,
    fit(series: SeriesInput): FittedModel {
      const origin = series.y.length;
      const firstForecastDay = series.dates[origin] ?? (series.dates[origin - 1] ?? 0) + 1;
      const boundary = boundaryFor(fit, firstForecastDay);
      const offset = boundary * width;
      if (Number.isNaN(fit.coefficients[offset] as number)) {
        throw new Error(`${POOLED_LABEL}: too little history of all series before period ${origin}`);
      }
      const covariates = series.covariates.map((covariate) =>
        covariate.carriedForward
          ? withTypicalFuture(covariate.values, origin, series.frequency, covariate.kind === 'categorical')
          : covariate.values,
      );
      const row = new Float64Array(width);
      const history: RowSource = { values: series.y, dates: series.dates, covariates };
      const fitted = new Float64Array(origin).fill(NaN);
      for (let t = 1; t < origin; t++) {
        const level = rowLevel(history, t, layout.frequency);
        if (Number.isNaN(level)) continue;
        writeRow(layout, history, t, level, row);
        fitted[t] = level * Math.max(0, dot(fit.coefficients, offset, row));
      }
      const predict = (horizon: number): Float64Array => {
        const steps = Math.min(horizon, series.dates.length - origin);
        if (steps < horizon)
          throw new Error(`${POOLED_LABEL} has dates for ${steps} periods, not ${horizon}`);
        const values = new Float64Array(origin + horizon);
        values.set(series.y);
        const path: RowSource = { values, dates: series.dates, covariates };
        for (let t = origin; t < origin + horizon; t++) {
          const level = rowLevel(path, t, layout.frequency);
          if (Number.isNaN(level)) {
            values[t] = 0; // nothing sold over the level's window: no level to scale a forecast by
            continue;
          }
          writeRow(layout, path, t, level, row);
          values[t] = level * Math.min(RATIO_CAP, Math.max(0, dot(fit.coefficients, offset, row)));
        }
        return values.slice(origin);
      };
      return {
        predict,
        fitted,
        describe: () => ({
          form: { code: 'pooled', series: fit.series, periods: fit.rows[boundary] ?? 0 },
          parameters: pooledColumnNames(layout, covariateNames).map((name, i) => ({
            name,
            value: fit.coefficients[offset + i] as number,
          })),
        }),
      };
    },
  };
}
