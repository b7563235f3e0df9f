/**
 * The forecast export (ARCHITECTURE.md, "Forecast export"):
 * `series_id,date,model,forecast,p10,p50,p90`, one row per series and future period.
 */
import { formatIsoDate } from '../dataset/calendar';
import { writeCsv, type CsvCell } from './csv';

export const FORECAST_CSV_HEADER = ['series_id', 'date', 'model', 'forecast', 'p10', 'p50', 'p90'];

/** One series' future forecast, as evaluation produced it. */
export interface ForecastExportSeries {
  /** The key as the user's file spells it (key columns joined with `/`, a `/` inside written `\/`). */
  seriesId: string;
  /** Day numbers (days since 1970-01-01) of the future periods. */
  dates: ArrayLike<number>;
  /** `ets`, `auto(ets)`, `auto(blend)`, … */
  model: string;
  forecast: ArrayLike<number>;
  p10: ArrayLike<number>;
  p50: ArrayLike<number>;
  p90: ArrayLike<number>;
}

/** Rounded for the file: more decimals than this are noise to a planner and bloat the CSV. */
const round = (value: number): number => Math.round(value * 1e4) / 1e4;

function* forecastRows(series: ForecastExportSeries[]): Generator<CsvCell[]> {
  for (const entry of series) {
    for (let step = 0; step < entry.dates.length; step++) {
      yield [
        entry.seriesId,
        formatIsoDate(entry.dates[step] as number),
        entry.model,
        round(entry.forecast[step] as number),
        round(entry.p10[step] as number),
        round(entry.p50[step] as number),
        round(entry.p90[step] as number),
      ];
    }
  }
}

export function writeForecastCsv(series: ForecastExportSeries[]): string {
  return writeCsv(FORECAST_CSV_HEADER, forecastRows(series));
}
