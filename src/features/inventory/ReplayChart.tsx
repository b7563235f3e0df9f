import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../core/dataset/types';
import type { SeriesInventoryPlan } from '../../core/inventory/plan';
import { traceOnPool } from '../../workers/inventory-pool';
import { useInventoryFormat } from './format';
import { summariseTrace } from './trace-summary';
import { useSeriesCall } from './use-series-call';
import { workerErrorText } from './worker-error-text';

interface Props {
  dataset: Dataset;
  /** Index of the series in the plan (= in the dataset). */
  index: number;
  plan: SeriesInventoryPlan;
}

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { left: 44, right: 8, top: 24, bottom: 24 };

function path(values: Float64Array, x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  for (let i = 0; i < values.length; i++)
    d += `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(values[i] as number).toFixed(1)}`;
  return d;
}

/** On hand, inventory position, orders placed and received, and stock-outs over the replay: plain SVG. */
export function ReplayChart({ dataset, index, plan }: Props) {
  const { t } = useTranslation('inventory');
  const format = useInventoryFormat();
  const { value: trace, error } = useSeriesCall(index, plan, traceOnPool);
  const policy = plan.rule.kind;
  const id = dataset.seriesIds[index] ?? '';
  if (error !== null)
    return (
      <p role="alert" className="note note--alert">
        {t('chart.failed', { id, error: workerErrorText(error, t) })}
      </p>
    );
  if (trace === undefined) return <p className="panel__hint">{t('chart.replaying', { id })}</p>;
  const summary = summariseTrace(trace);
  const n = summary.periods;
  const top = Math.max(1, summary.maxOnHand, ...trace.trace.ordered);
  const x = (i: number): number => PAD.left + ((WIDTH - PAD.left - PAD.right) * (i + 0.5)) / Math.max(1, n);
  const y = (v: number): number => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - v / top);
  const barWidth = Math.max(1, (WIDTH - PAD.left - PAD.right) / Math.max(1, n) - 1);
  const start = (dataset.seriesStart[index] ?? 0) + trace.from;
  const firstDate = dataset.dates[start];
  const lastDate = dataset.dates[start + n - 1];
  const periodCount = (count: number): string => t(`periodCount.${dataset.frequency}`, { count });
  const description = t('chart.description', {
    id,
    policy,
    periods: periodCount(n),
    from: firstDate === undefined ? '' : format.date(firstDate),
    to: lastDate === undefined ? '' : format.date(lastDate),
    orders: format.units(summary.ordersPlaced),
    ordered: format.units(summary.unitsOrdered),
    stockouts: periodCount(summary.stockoutPeriods),
    short: format.units(summary.unitsShort),
    onHand: format.units(summary.averageOnHand),
  });
  return (
    <figure className="replay-chart" data-testid="inventory-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} width="100%">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="replay-chart__axis" />
        <text x={PAD.left - 4} y={y(top) + 4} textAnchor="end" className="replay-chart__tick">
          {format.units(top)}
        </text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" className="replay-chart__tick">
          {format.units(0)}
        </text>
        <text x={4} y={12} className="replay-chart__tick">
          {t('chart.unitsAxis')}
        </text>
        {Array.from(trace.trace.short, (short, i) =>
          short > 0 ? (
            <rect
              key={`s${i}`}
              x={x(i) - barWidth / 2}
              y={PAD.top}
              width={barWidth}
              height={HEIGHT - PAD.top - PAD.bottom}
              className="replay-chart__stockout"
            />
          ) : null,
        )}
        {Array.from(trace.trace.ordered, (ordered, i) =>
          ordered > 0 ? (
            <rect
              key={`o${i}`}
              x={x(i) - barWidth / 2}
              y={y(ordered)}
              width={barWidth}
              height={y(0) - y(ordered)}
              className="replay-chart__ordered"
            />
          ) : null,
        )}
        {Array.from(trace.trace.received, (received, i) =>
          received > 0 ? (
            <circle key={`r${i}`} cx={x(i)} cy={y(received)} r={2.5} className="replay-chart__received" />
          ) : null,
        )}
        <path d={path(trace.trace.position, x, y)} className="replay-chart__position" />
        <path d={path(trace.trace.onHand, x, y)} className="replay-chart__on-hand" />
        {firstDate !== undefined && (
          <text x={PAD.left} y={HEIGHT - 6} className="replay-chart__tick">
            {format.date(firstDate)}
          </text>
        )}
        {lastDate !== undefined && (
          <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="replay-chart__tick">
            {format.date(lastDate)}
          </text>
        )}
      </svg>
      <ul className="replay-chart__legend" aria-hidden="true">
        <li className="replay-chart__key replay-chart__key--on-hand">{t('chart.legend.onHand')}</li>
        <li className="replay-chart__key replay-chart__key--position">{t('chart.legend.position')}</li>
        <li className="replay-chart__key replay-chart__key--ordered">{t('chart.legend.ordered')}</li>
        <li className="replay-chart__key replay-chart__key--received">{t('chart.legend.received')}</li>
        <li className="replay-chart__key replay-chart__key--stockout">{t('chart.legend.stockout')}</li>
      </ul>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
