/**
 * Columns the inventory step reads rather than forecasts with: stock on hand and on order now, the
 * lead time and the unit cost of each series. They are mapped like the other roles (guessed from
 * the column name, e.g. `on_hand`, `on_order`, `lead_time`, `unit_cost`), are never covariates of a
 * forecast, and reach the Dataset aligned with its rows, read through the covariates' path.
 */
import type { ColumnMapping, Covariate, StockRole } from './types';

export const STOCK_ROLES: readonly StockRole[] = ['onHand', 'onOrder', 'leadTime', 'unitCost'];

/** Column names (lower case, letters and digits only) that say what a stock column holds. */
const STOCK_NAMES: Record<StockRole, readonly string[]> = {
  onHand: ['onhand', 'stockonhand', 'onhandqty', 'onhandquantity', 'stock', 'stocklevel', 'inventory'],
  onOrder: ['onorder', 'onorderqty', 'onorderquantity', 'intransit', 'openorders'],
  leadTime: ['leadtime', 'leadtimeperiods', 'leadtimedays', 'leadtimeweeks'],
  unitCost: ['unitcost', 'costprice', 'cost', 'unitvalue', 'purchaseprice'],
};

const compact = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The stock roles whose name a header carries (each column to one role at most). */
export function guessStockColumns(header: readonly string[]): Partial<Record<StockRole, string>> {
  const stock: Partial<Record<StockRole, string>> = {};
  for (const role of STOCK_ROLES) {
    const column = header.find((name) => STOCK_NAMES[role].includes(compact(name)));
    if (column !== undefined) stock[role] = column;
  }
  return stock;
}

/** The columns of the mapping's stock roles. */
export function stockColumnsOf(mapping: ColumnMapping): Set<string> {
  return new Set(Object.values(mapping.stock ?? {}));
}

/** The mapping with its stock columns read as numeric covariates (long layout only), to be split off. */
export function withStockCovariates(mapping: ColumnMapping): ColumnMapping {
  const columns = stockColumnsOf(mapping);
  if (mapping.layout !== 'long' || columns.size === 0) return mapping;
  const others = mapping.covariates.filter((covariate) => !columns.has(covariate.column));
  return {
    ...mapping,
    covariates: [...others, ...[...columns].map((column) => ({ column, kind: 'numeric' as const }))],
  };
}

/** Aligned covariates split into the forecast's covariates and the stock roles' values. */
export function splitStock(
  aligned: readonly Covariate[],
  mapping: ColumnMapping,
): { covariates: Covariate[]; stock: Partial<Record<StockRole, Float64Array>> | null } {
  const columns = stockColumnsOf(mapping);
  if (mapping.layout !== 'long' || columns.size === 0) return { covariates: [...aligned], stock: null };
  const stock: Partial<Record<StockRole, Float64Array>> = {};
  for (const role of STOCK_ROLES) {
    const column = mapping.stock?.[role];
    const values = aligned.find((covariate) => covariate.name === column)?.values;
    if (values !== undefined) stock[role] = values;
  }
  return { covariates: aligned.filter((covariate) => !columns.has(covariate.name)), stock };
}

/**
 * The mapping with `column` given to a stock role (null: the role unmapped). A column has one role:
 * it leaves the covariates and any other stock role.
 */
export function assignStockColumn(
  mapping: ColumnMapping,
  role: StockRole,
  column: string | null,
): ColumnMapping {
  const stock: Partial<Record<StockRole, string>> = {};
  for (const other of STOCK_ROLES) {
    const current = mapping.stock?.[other];
    if (other !== role && current !== undefined && current !== column) stock[other] = current;
  }
  if (column !== null) stock[role] = column;
  return {
    ...mapping,
    stock,
    covariates: mapping.covariates.filter((covariate) => covariate.column !== column),
  };
}
