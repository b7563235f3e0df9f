import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import { forecastDistribution } from '../../core/forecast/distribution';
import { useLocale } from '../../i18n/format';
import type { ForecastRun } from './forecast-slice';
import { formatPeriod, formatQuantity } from './quantity-format';
import type { TotalForecast } from './total-forecast';

interface Props {
  run: ForecastRun;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  seriesIndex: number;
  /** True while the series shown is the top seller the page picked, not one the user chose. */
  topSeller: boolean;
  total: TotalForecast | null;
}

interface Range {
  point: number;
  low: number;
  high: number;
}

/** The sum over the whole horizon and the central range of that sum at `level`. */
function horizonRange(
  distribution: { point: Float64Array; sumQuantile(from: number, to: number, p: number): number },
  level: number,
): Range {
  const horizon = distribution.point.length;
  return {
    point: distribution.point.reduce((sum, value) => sum + value, 0),
    low: distribution.sumQuantile(0, horizon, (1 - level) / 2),
    high: distribution.sumQuantile(0, horizon, (1 + level) / 2),
  };
}

function span(dates: Int32Array, frequency: Frequency, locale: string): string {
  if (dates.length === 0) return '';
  const first = formatPeriod(dates[0] as number, frequency, locale);
  return dates.length === 1
    ? first
    : `${first} – ${formatPeriod(dates[dates.length - 1] as number, frequency, locale)}`;
}

/**
 * The future in plain numbers, for the total over all series and for the series shown: the sum
 * over the horizon and the range of that sum, read from the same stored distribution as the chart
 * and the export. The range of a total is a quantile of the sum, which is narrower than the sum of
 * each period's (or series') range: periods and series that sell below their forecast are partly
 * offset by others (core/forecast/total-distribution.ts).
 */
export function SeriesOutlook({ run, level, seriesIndex, topSeller, total }: Props) {
  const { t } = useTranslation('outlook');
  const locale = useLocale();
  const summary = run.results.series.get(run.dataset.seriesIds[seriesIndex] ?? '');
  const calibration = run.calibration;
  const seriesRange = useMemo(
    () =>
      summary?.future == null ? null : horizonRange(forecastDistribution(summary.future, calibration), level),
    [summary, calibration, level],
  );
  const totalRange = useMemo(
    () => (total === null ? null : horizonRange(total.distribution, level)),
    [total, level],
  );
  const { frequency, targetName } = run.dataset;
  const percent = Math.round(level * 100);
  const words = (range: Range) => ({
    point: formatQuantity(range.point, locale),
    low: formatQuantity(range.low, locale),
    high: formatQuantity(range.high, locale),
    unit: targetName,
    percent,
  });
  const periods = (dates: Int32Array) => t(`periods.${frequency}`, { count: dates.length });
  const seriesId = run.dataset.seriesIds[seriesIndex] ?? '';
  if (totalRange === null && seriesRange === null) return null;
  const horizon = total?.dates.length ?? summary?.futureDates.length ?? 0;
  return (
    <section className="panel series-outlook" aria-labelledby="series-outlook-title">
      <h2 id="series-outlook-title">
        {t('summary.title', { periods: t(`periods.${frequency}`, { count: horizon }) })}
      </h2>
      <div data-testid="forecast-summary">
        {total !== null && totalRange !== null && (
          <p
            className="forecast-summary__line"
            data-testid="forecast-summary-total"
            data-value={totalRange.point}
            data-low={totalRange.low}
            data-high={totalRange.high}
          >
            {t('summary.total', {
              ...words(totalRange),
              periods: periods(total.dates),
              span: span(total.dates, frequency, locale),
              count: total.members.length,
            })}
          </p>
        )}
        {summary !== undefined && seriesRange !== null && (
          <p
            className="forecast-summary__line"
            data-testid="forecast-summary-series"
            data-series={seriesId}
            data-value={seriesRange.point}
            data-low={seriesRange.low}
            data-high={seriesRange.high}
          >
            {t('summary.series', {
              ...words(seriesRange),
              periods: periods(summary.futureDates),
              span: span(summary.futureDates, frequency, locale),
              series: topSeller ? `${t('summary.topSeller')} ${seriesId}` : seriesId,
            })}
          </p>
        )}
        {total !== null && (
          <p className="forecast-summary__why">
            {t(total.measured ? 'summary.why' : 'summary.whyUnmeasured')}
          </p>
        )}
        {total !== null && total.leftOut > 0 && (
          <p role="status" className="note note--status">
            {t('summary.leftOut', { count: total.leftOut })}
          </p>
        )}
      </div>
    </section>
  );
}
