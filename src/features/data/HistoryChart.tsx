import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useAppStore } from '../../app/store';
import type { LoadedData } from './data-slice';
import { formatSales } from './format';
import { planStartDate, plottableCovariates, seriesChartRows, totalChartRows } from './chart-rows';

const SALES_COLOR = '#2456a6';
const OUTLIER_COLOR = '#c2361d';
const PLAN_FILL = '#eef2f8';
const COVARIATE_COLORS = ['#c2661b', '#2f8a5b', '#8a4fb0'];
const MAX_COVARIATE_CHARTS = 3;

const axisTick = { fontSize: 12, fill: '#5b6573' };

/** Sales history of the selected series (or of all series added up), with its covariates below. */
export function HistoryChart({ loaded }: { loaded: LoadedData }) {
  const selected = useAppStore((state) => state.data.selectedSeries);
  const { dataset, total } = loaded;
  const rows = useMemo(
    () => (selected < 0 ? totalChartRows(total) : seriesChartRows(dataset, selected)),
    [dataset, total, selected],
  );
  const covariates = selected < 0 ? [] : plottableCovariates(dataset).slice(0, MAX_COVARIATE_CHARTS);
  const planStart = selected < 0 ? null : planStartDate(dataset, selected);
  const lastDate = rows[rows.length - 1]?.date;
  const title = selected < 0 ? 'All series (total)' : (dataset.seriesIds[selected] ?? '');

  return (
    <section className="panel history" aria-labelledby="history-title" data-testid="history-chart">
      <header className="panel__header">
        <h2 id="history-title">{title}</h2>
        <span className="panel__count">{dataset.targetName}</span>
      </header>
      <div className="history__main">
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} syncId="history">
            <CartesianGrid stroke="#e6e9ee" vertical={false} />
            <XAxis dataKey="date" tick={axisTick} minTickGap={48} />
            <YAxis tick={axisTick} tickFormatter={formatSales} width={56} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatSales(value) : String(value))} />
            {planStart && lastDate && (
              <ReferenceArea
                x1={planStart}
                x2={lastDate}
                fill={PLAN_FILL}
                fillOpacity={1}
                label={{ value: 'plan', position: 'insideTop', fontSize: 12, fill: '#5b6573' }}
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
            <Line
              dataKey="outlier"
              name="outlier"
              stroke="none"
              dot={{ r: 3, fill: OUTLIER_COLOR, stroke: OUTLIER_COLOR }}
              activeDot={false}
              isAnimationActive={false}
              legendType="none"
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {covariates.map(({ name, binary }, index) => (
        <div key={name} className="history__covariate">
          <span className="history__covariate-name">{name}</span>
          <ResponsiveContainer width="100%" height={80}>
            <LineChart data={rows} margin={{ top: 4, right: 16, bottom: 0, left: 0 }} syncId="history">
              <XAxis dataKey="date" hide />
              {binary ? (
                <YAxis tick={axisTick} width={56} domain={[0, 1]} ticks={[0, 1]} />
              ) : (
                <YAxis tick={axisTick} width={56} domain={['auto', 'auto']} />
              )}
              <Tooltip />
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
