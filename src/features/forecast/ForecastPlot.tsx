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
import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import { useLocale } from '../../i18n/format';
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
import { formatAxisQuantity, formatPeriod, formatQuantity } from './quantity-format';

const HEIGHT = 360;
// The right margin leaves room for half of the last date label, so it is never clipped; the left
// one holds the value ticks and the rotated unit label.
const MARGIN = { top: 22, right: 44, bottom: 28, left: 72 };
/** Half a date label's width: a tick closer to an edge than this is anchored to that edge instead. */
const HALF_LABEL = 40;
const REGION_FILL = { validation: '#fdf3e4', test: '#fbe9e3', future: '#e8eef8' };
const LINES = [
  { key: 'actual', color: '#1d2430', width: 1.2, dash: undefined },
  { key: 'validation', color: '#c2761b', width: 1.6, dash: undefined },
  { key: 'test', color: '#a2361d', width: 1.6, dash: undefined },
  { key: 'future', color: '#2456a6', width: 2.2, dash: undefined },
] as const;
const BAND_COLOR = '#9fbbe6';

interface Props {
  rows: ChartRow[];
  regions: ChartRegion[];
  bandName: string;
  /** What the values count, shown along the y axis ("Units sold", or the sales column's name). */
  yLabel: string;
  frequency: Frequency;
  /** Id of the element that gives the chart's numbers as text (the forecast table). */
  describedBy?: string;
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
export const ForecastPlot = memo(function ForecastPlot({
  rows,
  regions,
  bandName,
  yLabel,
  frequency,
  describedBy,
}: Props) {
  const { t } = useTranslation('outlook');
  const locale = useLocale();
  const [ref, width] = useWidth();
  const [active, setActive] = useState<number | null>(null);
  // The total has no fit nor validation and test forecasts: only lines with values are listed.
  const lines = useMemo(() => LINES.filter((line) => rows.some((row) => row[line.key] !== null)), [rows]);
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
      lines: lines.map((line) => ({ ...line, path: linePath(rows, line.key, x, y) })),
    };
  }, [rows, width, lines]);

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
        aria-label={t('plot.label')}
        aria-describedby={describedBy}
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
                  {t(`plot.regions.${region.kind}`)}
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
                  {formatAxisQuantity(value, locale)}
                </text>
              </g>
            ))}
            <text
              transform={`translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              className="forecast-plot__axis-label"
            >
              {yLabel}
            </text>
            {plot.dayTicks.map((day) => {
              const x = plot.x(day);
              const anchor = x > width - HALF_LABEL ? 'end' : x < HALF_LABEL ? 'start' : 'middle';
              return (
                <text key={day} x={x} y={HEIGHT - 8} textAnchor={anchor} className="forecast-plot__tick">
                  {formatPeriod(day, frequency, locale)}
                </text>
              );
            })}
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
        {lines.map((line) => (
          <li key={line.key}>
            <span className="forecast-plot__swatch" style={{ background: line.color }} />{' '}
            {t(`plot.lines.${line.key}`)}
          </li>
        ))}
      </ul>
      <p
        className="forecast-plot__readout"
        aria-live="polite"
        data-testid="forecast-readout"
        data-day={activeRow?.day}
        data-future={activeRow?.future ?? undefined}
        data-lower={activeRow?.band?.[0]}
        data-upper={activeRow?.band?.[1]}
      >
        {activeRow === undefined
          ? t('plot.hint')
          : [
              formatPeriod(activeRow.day, frequency, locale),
              ...lines.flatMap((line) => {
                const value = activeRow[line.key];
                return value === null
                  ? []
                  : [`${t(`plot.lines.${line.key}`)} ${formatQuantity(value, locale)}`];
              }),
              ...(activeRow.band === null
                ? []
                : [
                    `${bandName} ${formatQuantity(activeRow.band[0], locale)} – ${formatQuantity(activeRow.band[1], locale)}`,
                  ]),
            ].join(' · ')}
      </p>
    </div>
  );
});
