import { startTransition, useEffect, useMemo, useState } from 'react';
import { centralBand, forecastDistribution } from '../../core/forecast/distribution';
import { requestSeriesDetail } from '../../workers/forecast-detail-client';
import { isCancelled } from '../../workers/rpc';
import type { SeriesDetail } from '../../workers/forecast-protocol';
import { autoReasonText } from './auto-reason';
import { bandName } from './band-copy';
import { chartRegions } from './chart-data';
import { visibleRows } from './chart-decimate';
import type { ForecastRun } from './forecast-slice';
import { ForecastPlot } from './ForecastPlot';
import { ModelExplanation } from './ModelExplanation';

interface Props {
  run: ForecastRun;
  /** The band level shown (one of BAND_LEVELS). */
  level: number;
  seriesIndex: number;
}

type DetailState = { key: string; detail: SeriesDetail | null; error: string | null };

/**
 * Re-evaluates the selected series in a worker of its own for its history (fit, validation and test
 * windows); its band comes from the run's calibration on the main thread, so it needs no new detail.
 */
function useSeriesDetail(run: ForecastRun, seriesIndex: number): DetailState & { loading: boolean } {
  const summary = run.results.summaries[seriesIndex];
  const key = `${run.startedAt}:${seriesIndex}`;
  const [state, setState] = useState<DetailState>({ key: '', detail: null, error: null });
  useEffect(() => {
    if (summary === undefined || summary.future === null) return undefined;
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
  }, [key, run.dataset, run.settings, run.precomputed, seriesIndex, summary === undefined]);
  const current = state.key === key;
  return {
    key,
    detail: current ? state.detail : null,
    error: current ? state.error : null,
    loading: !current && summary?.future != null,
  };
}

export function ForecastChart({ run, level, seriesIndex }: Props) {
  const { detail, error, loading } = useSeriesDetail(run, seriesIndex);
  const [pickedSlot, setPickedSlot] = useState<string | null>(null);
  const [allHistory, setAllHistory] = useState(false);
  const summary = run.results.summaries[seriesIndex];
  const sources = detail?.sources ?? [];
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
  const rows = useMemo(() => {
    if (detail === null || source === null) return [];
    return visibleRows(detail, source, band, allHistory);
  }, [detail, source, band, allHistory]);
  const regions = useMemo(() => (detail !== null ? chartRegions(detail) : []), [detail]);
  const seriesId = run.dataset.seriesIds[seriesIndex] ?? '';

  return (
    <section className="panel forecast-chart-panel" aria-labelledby="forecast-chart-title">
      <div className="panel__header">
        <h2 id="forecast-chart-title">
          Forecast for <span className="series-name">{seriesId}</span>
        </h2>
        <label className="forecast-chart__source">
          <input
            type="checkbox"
            checked={allHistory}
            onChange={(event) => setAllHistory(event.target.checked)}
          />{' '}
          All history
        </label>
        {sources.length > 1 && (
          <label className="forecast-chart__source">
            Show{' '}
            <select value={source?.slot ?? ''} onChange={(event) => setPickedSlot(event.target.value)}>
              {sources.map((s) => (
                <option key={s.slot} value={s.slot} disabled={s.future === null}>
                  {s.label}
                  {s.error !== undefined ? ' (failed)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {summary?.choice && (
        <p className="forecast-chart__reason">Auto’s choice: {autoReasonText(summary.choice)}</p>
      )}
      {summary?.future === null && (
        <p role="status" className="note note--status">
          No forecast for this series: {summary.unforecastable}.
        </p>
      )}
      {error !== null && (
        <p role="alert" className="note note--alert">
          The chart could not be drawn: {error}
        </p>
      )}
      <div className="forecast-chart" data-testid="forecast-chart" aria-busy={loading}>
        {loading && <p className="forecast-chart__loading">Drawing the chart…</p>}
        {rows.length > 0 && <ForecastPlot rows={rows} regions={regions} bandName={bandName(level)} />}
      </div>
      {source !== null && <ModelExplanation source={source} />}
    </section>
  );
}
