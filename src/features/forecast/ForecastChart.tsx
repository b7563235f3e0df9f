import { memo, useEffect, useMemo, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIsoDate } from '../../core/dataset/calendar';
import { requestSeriesDetail } from '../../workers/forecast-detail-client';
import type { SeriesDetail } from '../../workers/forecast-protocol';
import { chartRegions, chartRows, recentStart, type ChartRegion, type ChartRow } from './chart-data';
import type { ForecastRun } from './forecast-slice';
import { ModelExplanation } from './ModelExplanation';

const COLORS = {
  actual: '#1d2430',
  fitted: '#8a94a3',
  validation: '#c2761b',
  test: '#a2361d',
  future: '#2456a6',
  band: '#9fbbe6',
};
const REGION_FILL = { validation: '#fdf3e4', test: '#fbe9e3', future: '#e8eef8' };

interface Props {
  run: ForecastRun;
  seriesIndex: number;
}

type DetailState = { key: string; detail: SeriesDetail | null; error: string | null };

const formatDay = (day: number): string => formatIsoDate(day);
const formatValue = (value: unknown): string =>
  Array.isArray(value)
    ? value.map((v) => formatValue(v)).join(' – ')
    : typeof value === 'number'
      ? value.toLocaleString('en-US', { maximumFractionDigits: 1 })
      : String(value);

/** Re-evaluates the selected series in a worker of its own and charts the chosen source. */
function useSeriesDetail(run: ForecastRun, seriesIndex: number): DetailState & { loading: boolean } {
  const summary = run.results.summaries[seriesIndex];
  // The band changes once the run's catalogue calibration arrives.
  const calibration = run.calibration;
  const key = `${run.startedAt}:${seriesIndex}:${calibration === null ? 'own' : 'catalogue'}`;
  const [state, setState] = useState<DetailState>({ key: '', detail: null, error: null });
  useEffect(() => {
    if (summary === undefined || summary.future === null) return undefined;
    const handle = requestSeriesDetail(run.dataset, seriesIndex, run.settings, summary.evaluated, calibration);
    handle.result.then(
      (detail) => setState({ key, detail, error: null }),
      (error: Error) => {
        if (error.message !== 'cancelled') setState({ key, detail: null, error: error.message });
      },
    );
    return () => handle.cancel();
  }, [key, run.dataset, run.settings, seriesIndex, summary, calibration]);
  const current = state.key === key;
  return {
    key,
    detail: current ? state.detail : null,
    error: current ? state.error : null,
    loading: !current && summary?.future != null,
  };
}

interface CanvasProps {
  rows: ChartRow[];
  regions: ChartRegion[];
  bandName: string;
}

/** The chart itself, memoised: streaming results re-render the page, not these hundreds of points. */
const ChartCanvas = memo(function ChartCanvas({ rows, regions, bandName }: CanvasProps) {
  return (
    <ResponsiveContainer width="100%" height={360}>
      <ComposedChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#eef0f3" />
        {regions.map((region) => (
          <ReferenceArea
            key={region.kind}
            x1={region.from}
            x2={region.to}
            fill={REGION_FILL[region.kind]}
            fillOpacity={0.8}
            label={{ value: region.label, position: 'insideTop', fill: '#5b6573', fontSize: 12 }}
          />
        ))}
        <XAxis
          dataKey="day"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={formatDay}
          minTickGap={40}
        />
        <YAxis width={64} tickFormatter={(value: number) => formatValue(value)} />
        <Tooltip labelFormatter={(day) => formatDay(Number(day))} formatter={(value) => formatValue(value)} />
        <Legend />
        <Area
          dataKey="band"
          name={bandName}
          stroke="none"
          fill={COLORS.band}
          fillOpacity={0.45}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="actual"
          name="Actual sales"
          stroke={COLORS.actual}
          dot={false}
          strokeWidth={1.2}
          isAnimationActive={false}
        />
        <Line
          dataKey="fitted"
          name="Fitted"
          stroke={COLORS.fitted}
          dot={false}
          strokeDasharray="4 3"
          isAnimationActive={false}
        />
        <Line
          dataKey="validation"
          name="Validation forecast"
          stroke={COLORS.validation}
          dot={false}
          strokeWidth={1.6}
          isAnimationActive={false}
        />
        <Line
          dataKey="test"
          name="Test forecast"
          stroke={COLORS.test}
          dot={false}
          strokeWidth={1.6}
          isAnimationActive={false}
        />
        <Line
          dataKey="future"
          name="Forecast"
          stroke={COLORS.future}
          dot={false}
          strokeWidth={2.2}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});

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
    return chartRows(detail, source).slice(allHistory ? 0 : recentStart(detail));
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
        {rows.length > 0 && <ChartCanvas rows={rows} regions={regions} bandName={bandName} />}
      </div>
      {source !== null && <ModelExplanation source={source} />}
    </section>
  );
}
