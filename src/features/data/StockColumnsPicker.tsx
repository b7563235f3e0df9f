import { useTranslation } from 'react-i18next';
import { STOCK_ROLES, assignStockColumn } from '../../core/dataset/stock-columns';
import type { ColumnMapping, StockRole } from '../../core/dataset/types';
import { ColumnSelect } from './ColumnSelect';

const TEST_IDS: Record<StockRole, string> = {
  onHand: 'map-on-hand',
  onOrder: 'map-on-order',
  leadTime: 'map-lead-time',
  unitCost: 'map-unit-cost',
};

interface Props {
  header: string[];
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/**
 * Columns the Inventory step reads (stock on hand and on order, lead time, unit cost) and the
 * forecast never uses; a column given one of these roles leaves the covariates.
 */
export function StockColumnsPicker({ header, mapping, onChange }: Props) {
  const { t } = useTranslation('inventory');
  return (
    <fieldset className="stock-columns" aria-describedby="stock-columns-hint">
      <legend>{t('stockColumns.legend')}</legend>
      <div className="form-grid">
        {STOCK_ROLES.map((role) => (
          <ColumnSelect
            key={role}
            label={t(`stockColumns.${role}`)}
            value={mapping.stock?.[role] ?? null}
            columns={header}
            noneLabel={t('stockColumns.none')}
            testId={TEST_IDS[role]}
            onChange={(column) => onChange(assignStockColumn(mapping, role, column))}
          />
        ))}
      </div>
      <p id="stock-columns-hint" className="field__help">
        {t('stockColumns.hint')}
      </p>
    </fieldset>
  );
}
