/**
 * The two downloads of the forecast step, written with the core's formula-safe CSV writer:
 * the future forecasts (ARCHITECTURE.md "Forecast export") and the metrics per series and model.
 */
import { formatIsoDate } from '../../core/dataset/calendar';
import type { Dataset } from '../../core/dataset/types';
import { writeCsv, type CsvCell } from '../../core/export/csv';
import { forecastDistribution } from '../../core/forecast/distribution';
import type { RunCalibration } from '../../core/forecast/run-calibration';
import { writeForecastCsv, type ForecastExportSeries } from '../../core/export/forecast-csv';
import { SCORE_PARTS, SCORE_SLOTS, scoreOffset, type MetricField } from '../../core/forecast/score-layout';
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
  for (const seriesId of results.seriesIds) {
    if (!results.series.has(seriesId)) continue;
    for (const slot of SCORE_SLOTS) {
      for (const part of SCORE_PARTS) {
        if (!(scoreOf(results, seriesId, scoreOffset(slot, part, 'count')) > 0)) continue;
        const values = METRIC_COLUMNS.map(({ field }) =>
          round(scoreOf(results, seriesId, scoreOffset(slot, part, field))),
        );
        yield [seriesId, slot, part, ...values];
      }
    }
  }
}

export function metricsCsv(results: RunResults): string {
  return writeCsv(METRICS_CSV_HEADER, metricRows(results));
}

/** The last date that has a sales value in any series (the plan rows after it are not history). */
export function lastSalesDay(dataset: Dataset): number | null {
  let last: number | null = null;
  for (let s = 0; s < dataset.seriesIds.length; s++) {
    const start = dataset.seriesStart[s] ?? 0;
    for (let row = (dataset.historyEnd[s] ?? start) - 1; row >= start; row--) {
      if (Number.isNaN(dataset.target[row] as number)) continue;
      const day = dataset.dates[row] as number;
      if (last === null || day > last) last = day;
      break;
    }
  }
  return last;
}

/**
 * The data file's name without its extension, as a safe file-name part: letters and digits of any
 * script kept, every other run of characters one '-', at most 60 characters.
 */
export function fileStem(fileName: string): string {
  const stem = fileName
    .replace(/\.[\p{L}\p{N}]{1,8}$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'shelfcast' : stem;
}

/**
 * `sales-2026-03-31-forecasts.csv`: the data file's name and the data's last date, so the same
 * data always exports under the same name (never the wall clock).
 */
export function exportFileName(
  dataFileName: string,
  lastDay: number | null,
  kind: 'forecasts' | 'metrics',
): string {
  const date = lastDay === null ? '' : `-${formatIsoDate(lastDay)}`;
  return `${fileStem(dataFileName)}${date}-${kind}.csv`;
}
