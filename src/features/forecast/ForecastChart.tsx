import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { centralBand, forecastDistribution } from '../../core/forecast/distribution';
import { requestSeriesDetail } from '../../workers/forecast-detail-client';
import { isCancelled } from '../../workers/rpc';
import type { SeriesDetail } from '../../workers/forecast-protocol';
import { autoReasonText } from './auto-reason';
import { chartRegions, type ChartRegion } from './chart-data';
import { visibleRows, visibleTotalRows } from './chart-decimate';
import type { ForecastRun } from './forecast-slice';
import { currentForecastT } from './forecast-t';
import { ForecastPlot } from './ForecastPlot';
import { ModelExplanation } from './ModelExplanation';
import { sourceName } from './model-names';
import { summedHistory, type TotalForecast } from './total-forecast';
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

type DetailState = { key: string; detail: SeriesDetail | null; error: string | null };

/**
 * Re-evaluates the selected series in a worker of its own for its history (fit, validation and test
 * windows); its band comes from the run's calibration on the main thread, so it needs no new detail.
 * Nothing is requested while the chart shows the total.
 */
function useSeriesDetail(
  run: ForecastRun,
  seriesIndex: number,
  enabled: boolean,
): DetailState & { loading: boolean } {
  const summary = run.results.summaries[seriesIndex];
  const key = `${run.startedAt}:${seriesIndex}`;
  const [state, setState] = useState<DetailState>({ key: '', detail: null, error: null });
  useEffect(() => {
    if (!enabled || summary === undefined || summary.future === null) return undefined;
    const handle = requestSeriesDetail(
      run.dataset,
      seriesIndex,
      run.settings,
      summary.evaluated,
      run.precomputed?.[seriesIndex],
    );
    handle.result.then(
      // A transition: React draws the new chart in slices, between which the page stays responsive.
      (detail) => startTransition(() => setState({ key, detail, error: null })),
      (error: Error) => {
        if (!isCancelled(error)) setState({ key, detail: null, error: error.message });
      },
    );
    return () => handle.cancel();
    // A new summary object for the same series (a refresh) needs no new detail.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled, run.dataset, run.settings, run.precomputed, seriesIndex, summary === undefined]);
  const current = state.key === key;
  return {
    key,
    detail: current ? state.detail : null,
    error: current ? state.error : null,
    loading: enabled && !current && summary?.future != null,
  };
}

/** "80% interval (p10–p90)" for the legend and the readout. */
function useBandName(level: number): string {
  const { t } = useTranslation('outlook');
  const lower = Math.round(((1 - level) / 2) * 1000) / 10;
  const upper = Math.round(((1 + level) / 2) * 1000) / 10;
  return t('chart.band', { percent: Math.round(level * 100), lower, upper });
}

const FUTURE_ONLY: ChartRegion[] = [];

export function ForecastChart({ run, level, seriesIndex, total, focus, describedBy }: Props) {
  const { t } = useTranslation('outlook');
  const showTotal = total !== null;
  const { detail, error, loading } = useSeriesDetail(run, seriesIndex, !showTotal);
  const [pickedSlot, setPickedSlot] = useState<string | null>(null);
  const [allHistory, setAllHistory] = useState(false);
  const summary = run.results.summaries[seriesIndex];
  const sources = showTotal ? [] : (detail?.sources ?? []);
  const source =
    sources.find((s) => s.slot === pickedSlot) ??
    sources.find((s) => s.slot === run.settings.model) ??
    sources[0] ??
    null;
  const calibration = run.calibration;
  const band = useMemo(
    () =>
      source?.future == null ? null : centralBand(forecastDistribution(source.future, calibration), level),
    [source, calibration, level],
  );
  const history = useMemo(
    () => (total === null ? null : summedHistory(run.dataset, total.members)),
    [run.dataset, total],
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
    if (total !== null && history !== null) {
      return visibleTotalRows(
        history,
        { dates: total.dates, point: total.distribution.point },
        totalBand,
        allHistory,
      );
    }
    if (detail === null || source === null) return [];
    return visibleRows(detail, source, band, allHistory);
  }, [total, history, totalBand, detail, source, band, allHistory]);
  const regions = useMemo(() => {
    if (total !== null) {
      const dates = total.dates;
      return dates.length === 0
        ? FUTURE_ONLY
        : [{ from: dates[0] as number, to: dates[dates.length - 1] as number, kind: 'future' as const }];
    }
    return detail !== null ? chartRegions(detail) : [];
  }, [total, detail]);
  const bandName = useBandName(level);
  const seriesId = run.dataset.seriesIds[seriesIndex] ?? '';
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
        {sources.length > 1 && (
          <label className="forecast-chart__source">
            {t('chart.model')}{' '}
            <select value={source?.slot ?? ''} onChange={(event) => setPickedSlot(event.target.value)}>
              {sources.map((s) => (
                <option key={s.slot} value={s.slot} disabled={s.future === null}>
                  {s.error !== undefined
                    ? t('chart.failed', {
                        label: sourceName(s.slot, summary?.choice ?? null, currentForecastT()),
                      })
                    : sourceName(s.slot, summary?.choice ?? null, currentForecastT())}
                </option>
              ))}
            </select>
          </label>
        )}
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
      {!showTotal && error !== null && (
        <p role="alert" className="note note--alert">
          {t('chart.error', { message: error })}
        </p>
      )}
      <div
        className="forecast-chart"
        data-testid="forecast-chart"
        data-view={showTotal ? 'total' : 'series'}
        aria-busy={loading}
      >
        {loading && <p className="forecast-chart__loading">{t('chart.loading')}</p>}
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
      {!showTotal && source !== null && <ModelExplanation source={source} />}
    </section>
  );
}
