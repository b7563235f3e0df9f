import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { centralBand, forecastDistribution } from '../../core/forecast/distribution';
import { autoReasonText } from './auto-reason';
import { chartRegions, seriesHistory, type ChartRegion, type SeriesChartData } from './chart-data';
import { visibleRows, visibleTotalRows } from './chart-decimate';
import type { ForecastRun } from './forecast-slice';
import { currentForecastT } from './forecast-t';
import { ForecastPlot } from './ForecastPlot';
import { ModelExplanation } from './ModelExplanation';
import type { TotalForecast } from './total-forecast';
import { unforecastableReason, unforecastableText } from './unforecastable-reason';
import './outlook.css';

interface Props {
  run: ForecastRun;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  seriesIndex: number;
  /** The total's forecast when the chart shows the total, else null (the series is shown). */
  total: TotalForecast | null;
  /** The choice between the total and the series, drawn in the chart's header. */
  focus: ReactNode;
  /** Id of the table that lists the chart's future numbers. */
  describedBy: string;
}

/** "80% interval (p10–p90)" for the legend and the readout. */
function useBandName(level: number): string {
  const { t } = useTranslation('outlook');
  const lower = Math.round(((1 - level) / 2) * 1000) / 10;
  const upper = Math.round(((1 + level) / 2) * 1000) / 10;
  return t('chart.band', { percent: Math.round(level * 100), lower, upper });
}

const FUTURE_ONLY: ChartRegion[] = [];

/**
 * The run's own numbers for the total or one series: its history, the stored validation and test
 * forecasts of the exported forecast, and the future with its band read from the stored
 * distribution at the chosen level. Nothing is re-fitted, so the chart and the export agree.
 */
export function ForecastChart({ run, level, seriesIndex, total, focus, describedBy }: Props) {
  const { t } = useTranslation('outlook');
  const showTotal = total !== null;
  const [allHistory, setAllHistory] = useState(false);
  const seriesId = run.dataset.seriesIds[seriesIndex] ?? '';
  const summary = run.results.series.get(seriesId);
  const calibration = run.calibration;
  const data = useMemo((): SeriesChartData | null => {
    if (summary?.future == null) return null;
    return {
      history: seriesHistory(run.dataset, seriesIndex),
      backcast: summary.backcast,
      future: { dates: summary.futureDates, point: summary.future.point },
    };
  }, [summary, run.dataset, seriesIndex]);
  const band = useMemo(
    () =>
      summary?.future == null ? null : centralBand(forecastDistribution(summary.future, calibration), level),
    [summary, calibration, level],
  );
  const totalBand = useMemo(
    () =>
      total === null
        ? null
        : {
            lower: total.distribution.quantiles((1 - level) / 2),
            upper: total.distribution.quantiles((1 + level) / 2),
          },
    [total, level],
  );
  const rows = useMemo(() => {
    if (total !== null) {
      return visibleTotalRows(
        total.history,
        { dates: total.dates, point: total.distribution.point },
        totalBand,
        allHistory,
      );
    }
    if (showTotal || data === null) return [];
    return visibleRows(data, band, allHistory);
  }, [total, totalBand, showTotal, data, band, allHistory]);
  const regions = useMemo(() => {
    if (total !== null) {
      const dates = total.dates;
      return dates.length === 0
        ? FUTURE_ONLY
        : [{ from: dates[0] as number, to: dates[dates.length - 1] as number, kind: 'future' as const }];
    }
    return data !== null ? chartRegions(data) : [];
  }, [total, data]);
  const { forms } = run.results;
  const descriptions = useMemo(
    () => (summary === undefined ? null : forms.read(summary.described)),
    [forms, summary],
  );
  const bandName = useBandName(level);
  const yLabel = run.dataset.targetName.trim() || t('chart.unitsSold');

  return (
    <section className="panel forecast-chart-panel" aria-labelledby="forecast-chart-title">
      <div className="panel__header">
        <h2 id="forecast-chart-title">
          {showTotal ? (
            t('chart.titleTotal')
          ) : (
            <>
              {t('chart.titleSeries')} <span className="series-name">{seriesId}</span>
            </>
          )}
        </h2>
        {focus}
        <label className="forecast-chart__source">
          <input
            type="checkbox"
            checked={allHistory}
            onChange={(event) => setAllHistory(event.target.checked)}
          />{' '}
          {t('chart.allHistory')}
        </label>
      </div>
      {showTotal && (
        <p className="forecast-chart__reason">{t('chart.totalNote', { count: total.members.length })}</p>
      )}
      {!showTotal && summary?.choice && (
        <p className="forecast-chart__reason">
          {t('chart.autoChoice', { reason: autoReasonText(summary.choice) })}
        </p>
      )}
      {!showTotal && summary?.future === null && (
        <p role="status" className="note note--status">
          {t('chart.noForecast', {
            reason: unforecastableText(
              unforecastableReason(run.dataset, run.results.failed, seriesIndex),
              currentForecastT(),
            ),
          })}
        </p>
      )}
      <div className="forecast-chart" data-testid="forecast-chart" data-view={showTotal ? 'total' : 'series'}>
        {rows.length > 0 && (
          <ForecastPlot
            rows={rows}
            regions={regions}
            bandName={bandName}
            yLabel={yLabel}
            frequency={run.dataset.frequency}
            describedBy={describedBy}
          />
        )}
      </div>
      {!showTotal && descriptions !== null && <ModelExplanation descriptions={descriptions} />}
    </section>
  );
}
