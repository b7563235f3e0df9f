import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Frequency } from '../../core/dataset/types';
import type { InventoryPlan } from '../../core/inventory/plan';
import { useInventoryFormat, type InventoryFormat } from './format';
import { kpiRows, savingAgainstNaive } from './kpi-rows';

interface Props {
  plan: InventoryPlan;
  frequency: Frequency;
}

const COLUMNS = [
  { key: 'fillRate', format: 'share' },
  { key: 'cycleServiceLevel', format: 'share' },
  { key: 'averageOnHand', format: 'units' },
  { key: 'orders', format: 'units' },
  { key: 'holdingCost', format: 'money' },
  { key: 'orderingCost', format: 'money' },
  { key: 'shortageCost', format: 'money' },
  { key: 'totalCost', format: 'money' },
] as const satisfies readonly { key: string; format: keyof InventoryFormat }[];

/** Plans whose KPI heading has taken the focus once: coming back to the step later does not move it. */
const focusedPlans = new WeakSet<InventoryPlan>();

/**
 * Moves the focus to the KPI heading once, when a plan's result first shows: the run button is
 * disabled while planning, so without this the focus would be left on the page body.
 */
function useFocusOnce(plan: InventoryPlan) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusedPlans.has(plan)) return;
    focusedPlans.add(plan);
    heading.current?.focus();
  }, [plan]);
  return heading;
}

/** Test-window KPIs per policy and in total, and the saving against the naive rule. */
export function KpiTable({ plan, frequency }: Props) {
  const { t } = useTranslation('inventory');
  const heading = useFocusOnce(plan);
  const format = useInventoryFormat();
  const rows = kpiRows(plan);
  const saving = savingAgainstNaive(plan);
  const { test, naiveTest } = plan.totals;
  return (
    <section className="panel inventory-kpis" aria-labelledby="inventory-kpis-title">
      <div className="panel__header">
        <h2 id="inventory-kpis-title" ref={heading} tabIndex={-1}>
          {t('kpis.title')}
        </h2>
      </div>
      <p className="panel__hint">
        {t('kpis.hint', { periods: t(`periodCount.${frequency}`, { count: test.periods }) })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('kpis.tableLabel')}>
        <table className="data-table" data-testid="kpi-table">
          <thead>
            <tr>
              <th scope="col">{t('kpis.policy')}</th>
              <th scope="col" className="num">
                {t('kpis.series')}
              </th>
              {COLUMNS.map((column) => (
                <th scope="col" className="num" key={column.key}>
                  {t(`kpis.columns.${column.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.key}
                data-policy={row.key}
                className={row.key === 'total' ? 'is-total' : undefined}
              >
                <th scope="row">{t(`policies.${row.key}`)}</th>
                <td className="num" data-value={row.series}>
                  {format.units(row.series)}
                </td>
                {COLUMNS.map((column) => (
                  <td
                    className="num"
                    key={column.key}
                    data-kpi={column.key}
                    data-value={row.kpis[column.key]}
                  >
                    {format[column.format](row.kpis[column.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="inventory-kpis__saving" data-testid="inv-saving">
        <Trans
          t={t}
          i18nKey="kpis.saving"
          values={{
            moneyText: t(saving.money >= 0 ? 'kpis.save' : 'kpis.costExtra', {
              money: format.money(Math.abs(saving.money)),
            }),
            tuned: format.money(test.totalCost),
            naive: format.money(naiveTest.totalCost),
            fillPoints: format.points(saving.fillRate),
            tunedFill: format.share(test.fillRate),
            naiveFill: format.share(naiveTest.fillRate),
            servicePoints: format.points(saving.cycleServiceLevel),
          }}
          components={{
            money: <strong data-testid="inv-saving-money" data-value={saving.money} />,
            fill: <strong data-testid="inv-saving-fill-rate" data-value={saving.fillRate} />,
            service: <strong data-testid="inv-saving-service-level" data-value={saving.cycleServiceLevel} />,
          }}
        />
      </p>
    </section>
  );
}
