import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useAppStore } from '../shared/store';
import type { LoadedData } from './data-slice';
import { useLocale } from '../../i18n/format';
import { formatDay, formatSales, seriesLabel } from './format';
import { historySummary } from './history-summary';
import {
  planStartDay,
  plottableCovariates,
  seriesChartRows,
  totalChartRows,
  type ChartRow,
} from './chart-rows';

const SALES_COLOR = '#2456a6';
const OUTLIER_COLOR = '#c2361d';
const PLAN_FILL = '#eef2f8';
const COVARIATE_COLORS = ['#c2661b', '#2f8a5b', '#8a4fb0'];
const MAX_COVARIATE_CHARTS = 3;

const axisTick = { fontSize: 12, fill: '#5b6573' };
/** The x axis spans exactly the data's days; its ticks and the tooltip read as ISO dates. */
const DAY_DOMAIN: [string, string] = ['dataMin', 'dataMax'];
/** No vertical grid lines: saying so stops the grid from laying out (and measuring) the x ticks again. */
const noVerticalLines = (): number[] => [];
const NO_ROWS: ChartRow[] = [];

/** Sales history of the selected series (or of all series added up), with its covariates below. */
export function HistoryChart({ loaded }: { loaded: LoadedData }) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const selected = useAppStore((state) => state.data.selectedSeries);
  const dayLabel = (day: unknown): string => (typeof day === 'number' ? formatDay(locale, day) : String(day));
  const salesLabel = (value: number): string => formatSales(locale, value);
  const { dataset, total } = loaded;
  const currentRows = useMemo(
    () => (selected < 0 ? totalChartRows(total) : seriesChartRows(dataset, selected)),
    [dataset, total, selected],
  );
  // The chart first mounts empty and draws its points in a background render React can interrupt,
  // so the summary shows without waiting for a thousand-point chart to lay out.
  const rows = useDeferredValue(currentRows, NO_ROWS);
  const covariates = selected < 0 ? [] : plottableCovariates(dataset).slice(0, MAX_COVARIATE_CHARTS);
  const planStart = selected < 0 ? null : planStartDay(dataset, selected);
  const lastDay = rows[rows.length - 1]?.day;
  // A second line of (mostly empty) points costs as much to lay out as the sales: only when needed.
  const hasOutliers = rows.some((row) => row.outlier !== null);
  const title = selected < 0 ? t('picker.total') : seriesLabel(dataset.seriesKeys[selected] ?? []);
  const summary = historySummary(
    t,
    locale,
    title,
    dataset.targetName,
    rows,
    covariates.map((covariate) => covariate.name),
  );

  return (
    <section className="panel history" aria-labelledby="history-title" data-testid="history-chart">
      <header className="panel__header">
        <h2 id="history-title">{title}</h2>
        <span className="panel__count">{dataset.targetName}</span>
      </header>
      {/* The charts' text alternative; the sales chart is one tab stop (arrow keys move its tooltip). */}
      <p id="history-summary" className="visually-hidden" data-testid="history-summary">
        {summary}
      </p>
      <div className="history__main">
        <ResponsiveContainer width="100%" height={280}>
          <LineChart
            data={rows}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
            syncId="history"
            aria-label={t('chart.label', { target: dataset.targetName, title })}
            aria-describedby="history-summary"
          >
            <CartesianGrid stroke="#e6e9ee" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
            <XAxis
              dataKey="day"
              type="number"
              domain={DAY_DOMAIN}
              tick={axisTick}
              tickFormatter={dayLabel}
              minTickGap={48}
            />
            <YAxis tick={axisTick} tickFormatter={salesLabel} width={56} />
            <Tooltip
              labelFormatter={dayLabel}
              formatter={(value) => (typeof value === 'number' ? salesLabel(value) : String(value))}
            />
            {planStart !== null && lastDay !== undefined && (
              <ReferenceArea
                x1={planStart}
                x2={lastDay}
                fill={PLAN_FILL}
                fillOpacity={1}
                label={{ value: t('chart.plan'), position: 'insideTop', fontSize: 12, fill: '#5b6573' }}
              />
            )}
            <Line
              type="linear"
              dataKey="sales"
              name={dataset.targetName}
              stroke={SALES_COLOR}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
            {hasOutliers && (
              <Line
                dataKey="outlier"
                name={t('chart.outlier')}
                stroke="none"
                dot={{ r: 3, fill: OUTLIER_COLOR, stroke: OUTLIER_COLOR }}
                activeDot={false}
                isAnimationActive={false}
                legendType="none"
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {covariates.map(({ name, binary }, index) => (
        <div key={name} className="history__covariate">
          <span className="history__covariate-name">{name}</span>
          <ResponsiveContainer width="100%" height={80}>
            {/* Not a tab stop of its own: the sales chart above moves this one's tooltip too. */}
            <LineChart
              data={rows}
              margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
              syncId="history"
              accessibilityLayer={false}
              role="img"
              aria-label={t('chart.covariateLabel', { name })}
            >
              <XAxis dataKey="day" type="number" domain={DAY_DOMAIN} hide />
              {binary ? (
                <YAxis tick={axisTick} width={56} domain={[0, 1]} ticks={[0, 1]} />
              ) : (
                <YAxis tick={axisTick} width={56} domain={['auto', 'auto']} />
              )}
              <Tooltip labelFormatter={dayLabel} />
              <Line
                type="stepAfter"
                dataKey={name}
                stroke={COVARIATE_COLORS[index % COVARIATE_COLORS.length]}
                strokeWidth={1.25}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ))}
    </section>
  );
}
