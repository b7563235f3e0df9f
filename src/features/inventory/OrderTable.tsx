import type { AbcClass, XyzClass } from '../../core/inventory/abc-xyz';
import { formatIsoDate } from '../../core/dataset/calendar';
import type { InventoryPlan } from '../../core/inventory/plan';
import { useAppStore } from '../../app/store';
import { formatShare, formatUnits } from './format';
import { noticeText } from './notice-text';
import { filteredSeries, untunedSeries } from './order-rows';

/** Rows drawn at most; the export always holds every series. */
const MAX_ROWS = 200;

interface Props {
  plan: InventoryPlan;
}

function ClassSelect<T extends string>(props: {
  label: string;
  testId: string;
  value: T | 'all';
  options: readonly T[];
  describe: Record<T, string>;
  onChange(value: T | 'all'): void;
}) {
  return (
    <label className="field field--inline">
      <span className="field__label">{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T | 'all')}
      >
        <option value="all">All</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}: {props.describe[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

const ABC_WORDS: Record<AbcClass, string> = {
  A: 'top 80% of revenue',
  B: 'next 15%',
  C: 'last 5%',
};
const XYZ_WORDS: Record<XyzClass, string> = {
  X: 'steady demand',
  Y: 'variable demand',
  Z: 'erratic or sparse demand',
};

/** What to order on the first period after the data, per series, filtered by class. */
export function OrderTable({ plan }: Props) {
  const abc = useAppStore((state) => state.inventory.abcFilter);
  const xyz = useAppStore((state) => state.inventory.xyzFilter);
  const selected = useAppStore((state) => state.inventory.selectedSeries);
  const update = useAppStore((state) => state.updateInventory);
  const shown = filteredSeries(plan, { abc, xyz });
  const untuned = untunedSeries(plan);
  return (
    <section className="panel inventory-orders" aria-labelledby="inventory-orders-title">
      <div className="panel__header">
        <h2 id="inventory-orders-title">What to order</h2>
      </div>
      <p className="panel__hint">
        Orders for the first period after your data. Your stock on hand is not in the file, so each order
        starts from the stock the policy would hold had it been running. The levels are set for the whole
        forecast horizon, to be kept until you plan again. With your real stock, order up to the order-up-to
        level whenever the stock on hand plus on order is at or below the reorder point (at every review for
        policies without one). Stock-out risk: the chance that demand runs past the stock before the next
        order can arrive. Click a series to chart it.
      </p>
      {untuned.length > 0 && (
        <p role="status" className="note note--status">
          {untuned.length} series {untuned.length === 1 ? 'is' : 'are'} too short to test a policy and order
          by the naive rule: {untuned.slice(0, 10).join(', ')}
          {untuned.length > 10 ? ` and ${untuned.length - 10} more` : ''}.
        </p>
      )}
      <div className="inventory-orders__filters">
        <ClassSelect
          label="ABC class (revenue)"
          testId="inv-abc-filter"
          value={abc}
          options={['A', 'B', 'C'] as const}
          describe={ABC_WORDS}
          onChange={(value) => update({ abcFilter: value })}
        />
        <ClassSelect
          label="XYZ class (variability)"
          testId="inv-xyz-filter"
          value={xyz}
          options={['X', 'Y', 'Z'] as const}
          describe={XYZ_WORDS}
          onChange={(value) => update({ xyzFilter: value })}
        />
        <span>
          {shown.length} of {plan.series.length} series
          {shown.length > MAX_ROWS ? `; the first ${MAX_ROWS} are listed, the download has all` : ''}
        </span>
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="order-table">
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col">ABC</th>
              <th scope="col">XYZ</th>
              <th scope="col">Order date</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Reorder point
              </th>
              <th scope="col" className="num">
                Order up to
              </th>
              <th scope="col">Policy</th>
              <th scope="col" className="num">
                Stock-out risk
              </th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, MAX_ROWS).map((index) => {
              const series = plan.series[index];
              if (series === undefined) return null;
              const { order } = series;
              return (
                <tr
                  key={series.id}
                  data-series={series.id}
                  aria-selected={index === selected}
                  className={index === selected ? 'is-selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => update({ selectedSeries: index })}
                    >
                      {series.id}
                    </button>
                  </th>
                  <td>{series.abc}</td>
                  <td>{series.xyz}</td>
                  <td>{formatIsoDate(order.orderDate)}</td>
                  <td className="num" data-value={order.quantity}>
                    {formatUnits(order.quantity)}
                  </td>
                  <td className="num" data-value={order.reorderPoint ?? ''}>
                    {order.reorderPoint === null ? '—' : formatUnits(order.reorderPoint)}
                  </td>
                  <td className="num" data-value={order.orderUpTo}>
                    {formatUnits(order.orderUpTo)}
                  </td>
                  <td>{order.policy}</td>
                  <td className="num" data-value={order.stockoutRisk}>
                    {formatShare(order.stockoutRisk)}
                  </td>
                  <td>
                    {series.notices
                      .filter((notice) => notice.code !== 'position_simulated')
                      .map(noticeText)
                      .join(' ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
