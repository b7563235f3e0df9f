import { useTranslation } from 'react-i18next';
import type { AbcClass, XyzClass } from '../../core/inventory/abc-xyz';
import type { InventoryPlan } from '../../core/inventory/plan';
import { useAppStore } from '../shared/store';
import { useInventoryFormat } from './format';
import { noticeText } from './notice-text';
import { filteredSeries, untunedSeries } from './order-rows';

/** Rows drawn at most; the export always holds every series. */
const MAX_ROWS = 200;
/** Series named in the note on untuned series; the rest are counted. */
const NAMED_UNTUNED = 10;

interface Props {
  plan: InventoryPlan;
}

function ClassSelect<T extends string>(props: {
  label: string;
  testId: string;
  value: T | 'all';
  options: readonly T[];
  meaning: (option: T) => string;
  onChange(value: T | 'all'): void;
}) {
  const { t } = useTranslation('inventory');
  return (
    <label className="field field--inline">
      <span className="field__label">{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T | 'all')}
      >
        <option value="all">{t('orders.all')}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {t('orders.classOption', { code: option, meaning: props.meaning(option) })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What to order on the first period after the data, per series, filtered by class. */
export function OrderTable({ plan }: Props) {
  const { t } = useTranslation('inventory');
  const format = useInventoryFormat();
  const abc = useAppStore((state) => state.inventory.abcFilter);
  const xyz = useAppStore((state) => state.inventory.xyzFilter);
  const selected = useAppStore((state) => state.inventory.selectedSeries);
  const update = useAppStore((state) => state.updateInventory);
  const shown = filteredSeries(plan, { abc, xyz });
  const untuned = untunedSeries(plan);
  const simulated = plan.series.some((series) => series.order.position.simulated);
  const named = untuned.slice(0, NAMED_UNTUNED).join(', ');
  return (
    <section className="panel inventory-orders" aria-labelledby="inventory-orders-title">
      <div className="panel__header">
        <h2 id="inventory-orders-title">{t('orders.title')}</h2>
      </div>
      <p className="panel__hint" data-testid="inv-position-note">
        {t(simulated ? 'orders.hintSimulated' : 'orders.hintFromFile')} {t('orders.hintLevels')}
      </p>
      {untuned.length > 0 && (
        <p role="status" className="note note--status">
          {t('orders.untuned', {
            count: untuned.length,
            list:
              untuned.length > NAMED_UNTUNED
                ? t('orders.andMore', { list: named, count: untuned.length - NAMED_UNTUNED })
                : named,
          })}
        </p>
      )}
      <div className="inventory-orders__filters">
        <ClassSelect<AbcClass>
          label={t('orders.abcFilter')}
          testId="inv-abc-filter"
          value={abc}
          options={['A', 'B', 'C']}
          meaning={(option) => t(`orders.abc.${option}`)}
          onChange={(value) => update({ abcFilter: value })}
        />
        <ClassSelect<XyzClass>
          label={t('orders.xyzFilter')}
          testId="inv-xyz-filter"
          value={xyz}
          options={['X', 'Y', 'Z']}
          meaning={(option) => t(`orders.xyz.${option}`)}
          onChange={(value) => update({ xyzFilter: value })}
        />
        <span>
          {shown.length > MAX_ROWS
            ? t('orders.shownCapped', { shown: shown.length, total: plan.series.length, max: MAX_ROWS })
            : t('orders.shown', { shown: shown.length, total: plan.series.length })}
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('orders.tableLabel')}>
        <table className="data-table" data-testid="order-table">
          <thead>
            <tr>
              <th scope="col">{t('orders.columns.series')}</th>
              <th scope="col">{t('orders.columns.abc')}</th>
              <th scope="col">{t('orders.columns.xyz')}</th>
              <th scope="col">{t('orders.columns.orderDate')}</th>
              <th scope="col" className="num">
                {t('orders.columns.quantity')}
              </th>
              <th scope="col" className="num">
                {t('orders.columns.reorderPoint')}
              </th>
              <th scope="col" className="num">
                {t('orders.columns.orderUpTo')}
              </th>
              <th scope="col">{t('orders.columns.policy')}</th>
              <th scope="col" className="num">
                {t('orders.columns.stockoutRisk')}
              </th>
              <th scope="col">{t('orders.columns.notes')}</th>
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
                  className={index === selected ? 'is-selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={index === selected}
                      onClick={() => update({ selectedSeries: index })}
                    >
                      {series.id}
                    </button>
                  </th>
                  <td>{series.abc}</td>
                  <td>{series.xyz}</td>
                  <td>{format.date(order.orderDate)}</td>
                  <td className="num" data-value={order.quantity}>
                    {format.units(order.quantity)}
                  </td>
                  <td className="num" data-value={order.reorderPoint ?? ''}>
                    {order.reorderPoint === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('orders.none')}</span>
                      </>
                    ) : (
                      format.units(order.reorderPoint)
                    )}
                  </td>
                  <td className="num" data-value={order.orderUpTo}>
                    {format.units(order.orderUpTo)}
                  </td>
                  <td>{order.policy}</td>
                  <td className="num" data-value={order.stockoutRisk}>
                    {format.share(order.stockoutRisk)}
                  </td>
                  <td>
                    {series.notices
                      .filter((notice) => notice.code !== 'position_simulated')
                      .map((notice) => noticeText(notice, t, format))
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
