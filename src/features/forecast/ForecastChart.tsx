import { startTransition, useEffect, useMemo, useState } from 'react';
import { requestSeriesDetail } from '../../workers/forecast-detail-client';
import type { SeriesDetail } from '../../workers/forecast-protocol';
import { chartRegions } from './chart-data';
import { visibleRows } from './chart-decimate';
import type { ForecastRun } from './forecast-slice';
import { ForecastPlot } from './ForecastPlot';
import { ModelExplanation } from './ModelExplanation';

interface Props {
  run: ForecastRun;
  seriesIndex: number;
}

type DetailState = { key: string; detail: SeriesDetail | null; error: string | null };

/** Re-evaluates the selected series in a worker of its own and charts the chosen source. */
function useSeriesDetail(run: ForecastRun, seriesIndex: number): DetailState & { loading: boolean } {
  const summary = run.results.summaries[seriesIndex];
  // The band changes once the run's catalogue calibration arrives.
  const calibration = run.calibration;
  const series = `${run.startedAt}:${seriesIndex}`;
  const key = `${series}:${calibration === null ? 'own' : 'catalogue'}`;
  const [state, setState] = useState<DetailState>({ key: '', detail: null, error: null });
  useEffect(() => {
    if (summary === undefined || summary.future === null) return undefined;
    const handle = requestSeriesDetail(
      run.dataset,
      seriesIndex,
      run.settings,
      summary.evaluated,
      calibration,
    );
    handle.result.then(
      // A transition: React draws the new chart in slices, between which the page stays responsive.
      (detail) => startTransition(() => setState({ key, detail, error: null })),
      (error: Error) => {
        if (error.message !== 'cancelled') setState({ key, detail: null, error: error.message });
      },
    );
    return () => handle.cancel();
  }, [key, run.dataset, run.settings, seriesIndex, summary, calibration]);
  const current = state.key === key;
  // When only the calibration changed, the chart of the same series stays up until the new band is in.
  const sameSeries = state.key.startsWith(`${series}:`);
  return {
    key,
    detail: current || sameSeries ? state.detail : null,
    error: current ? state.error : null,
    loading: !current && summary?.future != null,
  };
}

export function ForecastChart({ run, seriesIndex }: Props) {
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
  const rows = useMemo(() => {
    if (detail === null || source === null) return [];
    return visibleRows(detail, source, allHistory);
  }, [detail, source, allHistory]);
  const regions = useMemo(() => (detail !== null ? chartRegions(detail) : []), [detail]);
  const levelPercent = Math.round(run.settings.level * 100);
  const bandName = levelPercent === 80 ? '80% interval (p10–p90)' : `${levelPercent}% interval`;
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
      {summary?.choice && <p className="forecast-chart__reason">Auto’s choice: {summary.choice.reason}</p>}
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
        {rows.length > 0 && <ForecastPlot rows={rows} regions={regions} bandName={bandName} />}
      </div>
      {source !== null && <ModelExplanation source={source} />}
    </section>
  );
}
