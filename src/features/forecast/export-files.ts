/**
 * The two downloads of the forecast step, written with the core's formula-safe CSV writer:
 * the future forecasts (ARCHITECTURE.md "Forecast export") and the metrics per series and model.
 */
import { writeCsv, type CsvCell } from '../../core/export/csv';
import { forecastDistribution } from '../../core/forecast/distribution';
import type { RunCalibration } from '../../core/forecast/run-calibration';
import { writeForecastCsv, type ForecastExportSeries } from '../../core/export/forecast-csv';
import { SCORE_PARTS, type MetricField } from '../../core/forecast/score-layout';
import { scoreOf, type RunResults } from '../../core/forecast/run-results';

/**
 * p10, p50 and p90 are always those percentiles of the run's distribution, whatever Interval the
 * page shows. Series without a forecast (too short, or every model failed) are left out; the page
 * lists them.
 */
export function forecastsCsv(results: RunResults, calibration: RunCalibration | null): string {
  const series: ForecastExportSeries[] = [];
  results.seriesIds.forEach((seriesId) => {
    const result = results.series.get(seriesId);
    const future = result?.future;
    if (result === undefined || future == null) return;
    const distribution = forecastDistribution(future, calibration);
    series.push({
      seriesId,
      dates: result.futureDates,
      model: future.model,
      forecast: future.point,
      p10: distribution.quantiles(0.1),
      p50: distribution.quantiles(0.5),
      p90: distribution.quantiles(0.9),
    });
  });
  return writeForecastCsv(series);
}

const METRIC_COLUMNS: { field: MetricField; header: string }[] = [
  { field: 'count', header: 'periods' },
  { field: 'mase', header: 'mase' },
  { field: 'smape', header: 'smape' },
  { field: 'wape', header: 'wape' },
  { field: 'mae', header: 'mae' },
  { field: 'rmse', header: 'rmse' },
  { field: 'mse', header: 'mse' },
  { field: 'mape', header: 'mape' },
  { field: 'mapeSkipped', header: 'mape_zero_actuals_skipped' },
  { field: 'bias', header: 'bias' },
  { field: 'coverage80', header: 'coverage_p10_p90' },
];

export const METRICS_CSV_HEADER = [
  'series_id',
  'model',
  'part',
  ...METRIC_COLUMNS.map((column) => column.header),
];

/** Rounded: the file is read by people, and float noise in the 15th digit only confuses them. */
const round = (value: number): number => (Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : NaN);

function* metricRows(results: RunResults): Generator<CsvCell[]> {
  const { layout } = results;
  for (const seriesId of results.seriesIds) {
    if (!results.series.has(seriesId)) continue;
    for (const slot of layout.slots) {
      for (const part of SCORE_PARTS) {
        if (!(scoreOf(results, seriesId, layout.offset(slot, part, 'count')) > 0)) continue;
        const values = METRIC_COLUMNS.map(({ field }) =>
          round(scoreOf(results, seriesId, layout.offset(slot, part, field))),
        );
        yield [seriesId, slot, part, ...values];
      }
    }
  }
}

export function metricsCsv(results: RunResults): string {
  return writeCsv(METRICS_CSV_HEADER, metricRows(results));
}
