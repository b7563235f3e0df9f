import { useTranslation } from 'react-i18next';
import type { SeriesInventoryPlan } from '../../core/inventory/plan';
import { tradeOffOnPool } from '../../workers/inventory-pool';
import { useInventoryFormat } from './format';
import { useSeriesCall } from './use-series-call';
import { workerErrorText } from './worker-error-text';

interface Props {
  /** Index of the series in the plan (= in the dataset). */
  index: number;
  plan: SeriesInventoryPlan;
}

const WIDTH = 360;
const HEIGHT = 240;
const PAD = { left: 56, right: 12, top: 24, bottom: 36 };

/** Total cost against fill rate as the policy's service level rises, the tuned rule marked: plain SVG. */
export function TradeOffChart({ index, plan }: Props) {
  const { t } = useTranslation('inventory');
  const format = useInventoryFormat();
  // Undefined while the worker computes it; null for a series too short to tune.
  const { value: curve, error } = useSeriesCall(index, plan, tradeOffOnPool);
  const { id } = plan;
  if (error !== null)
    return (
      <p role="alert" className="note note--alert">
        {t('tradeOff.failed', { id, error: workerErrorText(error, t) })}
      </p>
    );
  if (curve === undefined) return <p className="panel__hint">{t('tradeOff.computing', { id })}</p>;
  if (curve === null) return <p className="panel__hint">{t('tradeOff.untuned', { id })}</p>;
  const { points, chosen } = curve;
  const fills = [...points.map((p) => p.fillRate), chosen.fillRate];
  const costs = [...points.map((p) => p.totalCost), chosen.totalCost];
  const left = Math.min(...fills);
  const right = Math.max(left + 0.01, ...fills);
  const top = Math.max(...costs) * 1.05 || 1;
  const x = (fill: number): number =>
    PAD.left + ((WIDTH - PAD.left - PAD.right) * (fill - left)) / (right - left);
  const y = (cost: number): number => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - cost / top);
  const line = points.map(
    (p, i) => `${i === 0 ? 'M' : 'L'}${x(p.fillRate).toFixed(1)},${y(p.totalCost).toFixed(1)}`,
  );
  const description = t('tradeOff.description', {
    id,
    policy: curve.kind,
    levels: points.length,
    fillRate: format.share(chosen.fillRate),
    cost: format.money(chosen.totalCost),
  });
  return (
    <figure className="trade-off" data-testid="inventory-trade-off" data-policy={curve.kind}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} width="100%">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="replay-chart__axis" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} className="replay-chart__axis" />
        <text x={PAD.left - 4} y={y(top) + 4} textAnchor="end" className="replay-chart__tick">
          {format.money(top)}
        </text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" className="replay-chart__tick">
          {format.money(0)}
        </text>
        <text x={4} y={12} className="replay-chart__tick">
          {t('tradeOff.costAxis')}
        </text>
        <text x={PAD.left} y={HEIGHT - 20} className="replay-chart__tick">
          {format.share(left)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 20} textAnchor="end" className="replay-chart__tick">
          {format.share(right)}
        </text>
        <text
          x={(PAD.left + WIDTH - PAD.right) / 2}
          y={HEIGHT - 4}
          textAnchor="middle"
          className="replay-chart__tick"
        >
          {t('tradeOff.fillRateAxis')}
        </text>
        <path d={line.join('')} className="trade-off__curve" />
        {points.map((p) => (
          <circle
            key={p.level}
            cx={x(p.fillRate)}
            cy={y(p.totalCost)}
            r={3}
            className="trade-off__point"
            data-level={p.level}
            data-fill-rate={p.fillRate}
            data-total-cost={p.totalCost}
          />
        ))}
        <circle
          cx={x(chosen.fillRate)}
          cy={y(chosen.totalCost)}
          r={6}
          className="trade-off__chosen"
          data-fill-rate={chosen.fillRate}
          data-total-cost={chosen.totalCost}
        />
      </svg>
      <ul className="replay-chart__legend" aria-hidden="true">
        <li className="replay-chart__key trade-off__key--curve">
          {t('tradeOff.legend.curve', { policy: curve.kind })}
        </li>
        <li className="replay-chart__key trade-off__key--chosen">{t('tradeOff.legend.chosen')}</li>
      </ul>
      <figcaption>{description}</figcaption>
      <details className="trade-off__details">
        <summary>{t('tradeOff.tableSummary')}</summary>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('tradeOff.tableLabel', { id })}
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('tradeOff.columns.level')}</th>
                <th scope="col">{t('tradeOff.columns.fillRate')}</th>
                <th scope="col">{t('tradeOff.columns.cycleServiceLevel')}</th>
                <th scope="col">{t('tradeOff.columns.averageOnHand')}</th>
                <th scope="col">{t('tradeOff.columns.totalCost')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.level}>
                  <th scope="row" data-value={p.level}>
                    {format.share(p.level)}
                  </th>
                  <td data-value={p.fillRate}>{format.share(p.fillRate)}</td>
                  <td data-value={p.cycleServiceLevel}>{format.share(p.cycleServiceLevel)}</td>
                  <td data-value={p.averageOnHand}>{format.units(p.averageOnHand)}</td>
                  <td data-value={p.totalCost}>{format.money(p.totalCost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
