import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { formatIsoDate } from '../../core/dataset/calendar';
import type { ChartRegion, ChartRow } from './chart-data';
import {
  bandPath,
  dayTicks,
  linePath,
  linearScale,
  nearestRow,
  valueExtent,
  valueTicks,
} from './chart-geometry';

const HEIGHT = 360;
const MARGIN = { top: 22, right: 20, bottom: 28, left: 64 };
const REGION_FILL = { validation: '#fdf3e4', test: '#fbe9e3', future: '#e8eef8' };
const LINES = [
  { key: 'actual', name: 'Actual sales', color: '#1d2430', width: 1.2, dash: undefined },
  { key: 'fitted', name: 'Fitted', color: '#8a94a3', width: 1, dash: '4 3' },
  { key: 'validation', name: 'Validation forecast', color: '#c2761b', width: 1.6, dash: undefined },
  { key: 'test', name: 'Test forecast', color: '#a2361d', width: 1.6, dash: undefined },
  { key: 'future', name: 'Forecast', color: '#2456a6', width: 2.2, dash: undefined },
] as const;
const BAND_COLOR = '#9fbbe6';

// One formatter for every label: toLocaleString builds a new one per call.
const VALUE_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const formatValue = (value: number): string => VALUE_FORMAT.format(value);

interface Props {
  rows: ChartRow[];
  regions: ChartRegion[];
  bandName: string;
}

/** Width of the element, followed as the page resizes. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * History, forecasts and interval band as plain SVG, with a legend and a readout of the values at
 * the pointer (or, from the keyboard, at the period chosen with the arrow keys).
 */
export const ForecastPlot = memo(function ForecastPlot({ rows, regions, bandName }: Props) {
  const [ref, width] = useWidth();
  const [active, setActive] = useState<number | null>(null);
  const plot = useMemo(() => {
    if (width === 0 || rows.length === 0) return null;
    const first = (rows[0] as ChartRow).day;
    const last = (rows[rows.length - 1] as ChartRow).day;
    const [low, high] = valueExtent(rows);
    const axis = valueTicks(Math.min(0, low), high, 5);
    const x = linearScale([first, last], [MARGIN.left, width - MARGIN.right]);
    const y = linearScale(axis.domain, [HEIGHT - MARGIN.bottom, MARGIN.top]);
    return {
      x,
      y,
      valueTicks: axis.ticks,
      dayTicks: dayTicks(first, last, Math.max(2, Math.floor(width / 110))),
      band: bandPath(rows, x, y),
      lines: LINES.map((line) => ({ ...line, path: linePath(rows, line.key, x, y) })),
    };
  }, [rows, width]);

  const activeRow = active === null ? undefined : rows[active];
  const pick = (event: MouseEvent<SVGSVGElement>): void => {
    if (plot === null) return;
    const box = event.currentTarget.getBoundingClientRect();
    const { domain } = plot.x;
    const share = (event.clientX - box.left - MARGIN.left) / Math.max(1, width - MARGIN.left - MARGIN.right);
    setActive(nearestRow(rows, domain[0] + share * (domain[1] - domain[0])));
  };
  const step = (event: KeyboardEvent<HTMLDivElement>): void => {
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (move === 0) return;
    event.preventDefault();
    setActive((current) => Math.min(rows.length - 1, Math.max(0, (current ?? rows.length - 1) + move)));
  };

  return (
    <div className="forecast-plot">
      <div
        ref={ref}
        className="forecast-plot__frame"
        role="application"
        aria-label="Forecast chart: use the left and right arrow keys to read the values of each period"
        tabIndex={0}
        onKeyDown={step}
      >
        {plot !== null && (
          <svg width={width} height={HEIGHT} onMouseMove={pick} onMouseLeave={() => setActive(null)}>
            {regions.map((region) => (
              <g key={region.kind}>
                <rect
                  x={plot.x(region.from)}
                  y={MARGIN.top}
                  width={Math.max(1, plot.x(region.to) - plot.x(region.from))}
                  height={HEIGHT - MARGIN.top - MARGIN.bottom}
                  fill={REGION_FILL[region.kind]}
                />
                <text x={plot.x(region.from) + 4} y={MARGIN.top - 6} className="forecast-plot__region">
                  {region.label}
                </text>
              </g>
            ))}
            {plot.valueTicks.map((value) => (
              <g key={value}>
                <line
                  x1={MARGIN.left}
                  x2={width - MARGIN.right}
                  y1={plot.y(value)}
                  y2={plot.y(value)}
                  stroke="#eef0f3"
                />
                <text
                  x={MARGIN.left - 6}
                  y={plot.y(value) + 4}
                  textAnchor="end"
                  className="forecast-plot__tick"
                >
                  {formatValue(value)}
                </text>
              </g>
            ))}
            {plot.dayTicks.map((day) => (
              <text
                key={day}
                x={plot.x(day)}
                y={HEIGHT - 8}
                textAnchor="middle"
                className="forecast-plot__tick"
              >
                {formatIsoDate(day)}
              </text>
            ))}
            <path d={plot.band} fill={BAND_COLOR} fillOpacity={0.45} stroke="none" />
            {plot.lines.map((line) => (
              <path
                key={line.key}
                d={line.path}
                fill="none"
                stroke={line.color}
                strokeWidth={line.width}
                strokeDasharray={line.dash}
              />
            ))}
            {activeRow !== undefined && (
              <line
                x1={plot.x(activeRow.day)}
                x2={plot.x(activeRow.day)}
                y1={MARGIN.top}
                y2={HEIGHT - MARGIN.bottom}
                stroke="#5b6573"
                strokeDasharray="2 2"
              />
            )}
          </svg>
        )}
      </div>
      <ul className="forecast-plot__legend">
        <li>
          <span className="forecast-plot__swatch" style={{ background: BAND_COLOR }} /> {bandName}
        </li>
        {LINES.map((line) => (
          <li key={line.key}>
            <span className="forecast-plot__swatch" style={{ background: line.color }} /> {line.name}
          </li>
        ))}
      </ul>
      <p className="forecast-plot__readout" aria-live="polite">
        {activeRow === undefined
          ? 'Point at the chart to read the values of a period.'
          : [
              formatIsoDate(activeRow.day),
              ...LINES.flatMap((line) => {
                const value = activeRow[line.key];
                return value === null ? [] : [`${line.name} ${formatValue(value)}`];
              }),
              ...(activeRow.band === null
                ? []
                : [`${bandName} ${formatValue(activeRow.band[0])} – ${formatValue(activeRow.band[1])}`]),
            ].join(' · ')}
      </p>
    </div>
  );
});
