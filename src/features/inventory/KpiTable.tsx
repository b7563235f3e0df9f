import type { InventoryPlan } from '../../core/inventory/plan';
import { formatMoney, formatPoints, formatShare, formatUnits } from './format';
import { kpiRows, POLICY_LABELS, savingAgainstNaive } from './kpi-rows';

interface Props {
  plan: InventoryPlan;
  periodWord: string;
}

const COLUMNS = [
  { key: 'fillRate', label: 'Fill rate', format: formatShare },
  { key: 'cycleServiceLevel', label: 'Cycle service level', format: formatShare },
  { key: 'averageOnHand', label: 'Average on hand (units)', format: formatUnits },
  { key: 'orders', label: 'Orders', format: formatUnits },
  { key: 'holdingCost', label: 'Holding cost', format: formatMoney },
  { key: 'orderingCost', label: 'Ordering cost', format: formatMoney },
  { key: 'shortageCost', label: 'Shortage cost', format: formatMoney },
  { key: 'totalCost', label: 'Total cost', format: formatMoney },
] as const;

/** Test-window KPIs per policy and in total, and the saving against the naive rule. */
export function KpiTable({ plan, periodWord }: Props) {
  const rows = kpiRows(plan);
  const saving = savingAgainstNaive(plan);
  const { test, naiveTest } = plan.totals;
  const periods = test.periods;
  return (
    <section className="panel inventory-kpis" aria-labelledby="inventory-kpis-title">
      <div className="panel__header">
        <h2 id="inventory-kpis-title">How the policies did on recent sales</h2>
      </div>
      <p className="panel__hint">
        Each series’ policy was chosen on an earlier stretch of its sales and is scored here on the last
        quarter of its history (up to {periods} {periodWord}), which the choice never saw. Fill rate: the
        share of demand met from stock. Cycle service level: the share of replenishment cycles without a
        stock-out.
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="kpi-table">
          <thead>
            <tr>
              <th scope="col">Policy</th>
              <th scope="col" className="num">
                Series
              </th>
              {COLUMNS.map((column) => (
                <th scope="col" className="num" key={column.key}>
                  {column.label}
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
                <th scope="row">{POLICY_LABELS[row.key]}</th>
                <td className="num" data-value={row.series}>
                  {row.series}
                </td>
                {COLUMNS.map((column) => (
                  <td
                    className="num"
                    key={column.key}
                    data-kpi={column.key}
                    data-value={row.kpis[column.key]}
                  >
                    {column.format(row.kpis[column.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="inventory-kpis__saving" data-testid="inv-saving">
        Against the naive rule (order up to the last 4 periods’ mean, no safety stock) on the same{' '}
        {periodWord}, the tuned policies{' '}
        <strong data-testid="inv-saving-money" data-value={saving.money}>
          {saving.money >= 0 ? 'save' : 'cost an extra'} {formatMoney(Math.abs(saving.money))}
        </strong>{' '}
        (total cost {formatMoney(test.totalCost)} instead of {formatMoney(naiveTest.totalCost)}) and change
        the fill rate by{' '}
        <strong data-testid="inv-saving-fill-rate" data-value={saving.fillRate}>
          {formatPoints(saving.fillRate)}
        </strong>{' '}
        ({formatShare(test.fillRate)} instead of {formatShare(naiveTest.fillRate)}) and the cycle service
        level by{' '}
        <strong data-testid="inv-saving-service-level" data-value={saving.cycleServiceLevel}>
          {formatPoints(saving.cycleServiceLevel)}
        </strong>
        .
      </p>
    </section>
  );
}
