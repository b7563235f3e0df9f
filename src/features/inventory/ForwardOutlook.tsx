import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import { summariseForward, type ForwardSummary } from '../../core/inventory/forward';
import type { InventoryPlan } from '../../core/inventory/plan';
import { useInventoryFormat } from './format';

interface Props {
  plan: InventoryPlan;
  /** Index of the selected series in the plan. */
  index: number;
  frequency: Frequency;
}

const KPIS = [
  { key: 'fillRate', format: 'share' },
  { key: 'totalCost', format: 'money' },
] as const;
const STATS = ['mean', 'p10', 'p90'] as const;

/** Expected fill rate and cost over the forecast horizon, with their 10th–90th percentile spread. */
export function ForwardOutlook({ plan, index, frequency }: Props) {
  const { t } = useTranslation('inventory');
  const format = useInventoryFormat();
  const total = useMemo(() => summariseForward(plan.series.map((series) => series.forward)), [plan]);
  const selected = plan.series[index];
  const own = useMemo(
    () => (selected === undefined ? null : summariseForward([selected.forward])),
    [selected],
  );
  if (total === null) return null;
  const rows: { key: 'total' | 'series'; label: string; summary: ForwardSummary }[] = [
    { key: 'total', label: t('forward.total'), summary: total },
    ...(own === null || selected === undefined
      ? []
      : [{ key: 'series' as const, label: selected.id, summary: own }]),
  ];
  return (
    <section className="panel inventory-forward" aria-labelledby="inventory-forward-title">
      <div className="panel__header">
        <h2 id="inventory-forward-title">{t('forward.title')}</h2>
      </div>
      <p className="panel__hint">
        {t('forward.hint', {
          periods: t(`periodCount.${frequency}`, { count: total.horizon }),
          paths: total.paths,
        })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('forward.tableLabel')}>
        <table className="data-table" data-testid="inventory-forward">
          <thead>
            <tr>
              <th scope="col">{t('forward.scope')}</th>
              {KPIS.flatMap((kpi) =>
                STATS.map((stat) => (
                  <th scope="col" className="num" key={`${kpi.key}-${stat}`}>
                    {t(`forward.columns.${kpi.key}.${stat}`)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key} className={row.key === 'total' ? 'is-total' : undefined}>
                <th scope="row">{row.label}</th>
                {KPIS.flatMap((kpi) =>
                  STATS.map((stat) => {
                    const value = row.summary[kpi.key][stat];
                    return (
                      <td
                        className="num"
                        key={`${kpi.key}-${stat}`}
                        data-kpi={kpi.key}
                        data-stat={stat}
                        data-value={value}
                      >
                        {format[kpi.format](value)}
                      </td>
                    );
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
