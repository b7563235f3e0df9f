/**
 * Columns that move with the sales instead of driving them: revenue (units × price), customers,
 * visits, baskets. As a covariate such a column explains the sales almost perfectly while it is
 * known, and the forecast then hinges on its future, which a file without plan values for it does
 * not give: the models assume its typical recent value (arx-typical-future.ts), and a forecast
 * made of "typical revenue" has lost the weekly pattern, the promotions and the trend the column
 * had absorbed. On real weekly item sales (M5 summed to weeks, `bench/m5-weekly-columns.mjs`) with
 * revenue added as an unplanned covariate, AR-X's mean MASE rose by 2–29 % on three windows and
 * the pooled regression's by 64 % and 88 % on two of them (BENCHMARKS.md).
 *
 * The test is on values, not names, so it holds for "Umsatz" as for "spend": within each series
 * the column's Pearson correlation with the sales, median over the series. A driver (a price, a
 * promotion, the temperature) explains far less of a series' own ups and downs; at r ≥ 0.9 the
 * column carries over 80 % of the sales' variance and is, for forecasting, the sales restated.
 * A column with a value on a row without sales (a plan row) is kept: the user gave its future; a
 * 0/1 column is a flag (a promotion) and is never flagged, however closely the sales follow it.
 */
import { sortedQuantile } from '../metrics/empirical-quantile';
import { readNumbers } from './derive-columns';
import { valueAt, type RowValues } from './row-values';
import type { ColumnMapping, RawColumn, RawTable } from './types';

/** Median within-series correlation from which a column counts as moving with the sales. */
export const OUTCOME_CORRELATION = 0.9;
/** Pairs a series needs for its correlation to count. */
const MIN_PAIRS = 8;

export interface OutcomeColumn {
  column: string;
  /** Median over the series of the within-series correlation with the sales. */
  correlation: number;
}

/** Per series, the running sums of a Pearson correlation. */
class PairSums {
  n = 0;
  x = 0;
  y = 0;
  xx = 0;
  yy = 0;
  xy = 0;

  add(x: number, y: number): void {
    this.n++;
    this.x += x;
    this.y += y;
    this.xx += x * x;
    this.yy += y * y;
    this.xy += x * y;
  }

  correlation(): number {
    if (this.n < MIN_PAIRS) return NaN;
    const sxx = this.xx - (this.x * this.x) / this.n;
    const syy = this.yy - (this.y * this.y) / this.n;
    const sxy = this.xy - (this.x * this.y) / this.n;
    // Relative guards: a constant column or constant sales has no correlation to speak of.
    if (sxx <= 1e-12 * Math.max(1, this.xx) || syy <= 1e-12 * Math.max(1, this.yy)) return NaN;
    return sxy / Math.sqrt(sxx * syy);
  }
}

/** Each row's series, as an index, from the key columns' codes (or values, for number keys). */
function seriesOfRows(table: RawTable, keys: readonly RawColumn[]): { of: Int32Array; count: number } {
  const rows = new Int32Array(table.rowCount);
  const index = new Map<number | string, number>();
  // Dictionary codes combine into one number (mixed radix), which a Map finds much faster than text.
  const coded = keys.every((column) => column.kind === 'dict');
  for (let row = 0; row < table.rowCount; row++) {
    let key: number | string = coded ? 0 : '';
    for (const column of keys) {
      if (column.kind === 'dict') {
        const code = (column.codes[row] as number) + 1;
        key = coded ? (key as number) * (column.dict.length + 1) + code : `${key}${code}\u0001`;
      } else key = `${key}${column.values[row]}\u0001`;
    }
    let s = index.get(key);
    if (s === undefined) index.set(key, (s = index.size));
    rows[row] = s;
  }
  return { of: rows, count: index.size };
}

/** Whether every value is 0, 1 or missing: a flag (a promotion) drives sales and restates nothing. */
function isFlag(values: RowValues, rows: number): boolean {
  const flag = (value: number) => value === 0 || value === 1 || Number.isNaN(value);
  if (!(values instanceof Float64Array)) return values.byCode.every(flag);
  for (let row = 0; row < rows; row++) if (!flag(values[row] as number)) return false;
  return true;
}

/**
 * Which of the numeric `candidates` move with the sales of a long table mapped by `mapping` (its
 * date, series keys, sales and price), with their median correlation. Others (the price column, a
 * wide layout, a column with plan values, too few pairs) are not listed.
 */
export function outcomeColumns(
  table: RawTable,
  mapping: Pick<ColumnMapping, 'layout' | 'series' | 'target' | 'price'>,
  candidates: readonly string[],
): OutcomeColumn[] {
  if (mapping.layout !== 'long' || mapping.target === null) return [];
  const byName = new Map(table.columns.map((column) => [column.name, column]));
  const target = byName.get(mapping.target);
  const names = candidates.filter((name) => name !== mapping.price && name !== mapping.target);
  if (!target || names.length === 0) return [];
  const known = correlationsOf(table, mapping.series, mapping.target);
  const numbers = (column: RawColumn): RowValues => readNumbers(column, table.format).values;
  let sales: RowValues | null = null;
  let series: { of: Int32Array; count: number } | null = null;
  const found: OutcomeColumn[] = [];
  for (const name of names) {
    const column = byName.get(name);
    if (!column) continue;
    let correlation = known.get(name);
    if (correlation === undefined) {
      sales ??= numbers(target);
      const values = numbers(column);
      if (isFlag(values, table.rowCount)) correlation = NaN;
      else {
        series ??= seriesOfRows(
          table,
          mapping.series.flatMap((key) => byName.get(key) ?? []),
        );
        correlation = medianCorrelation(values, sales, series, table.rowCount);
      }
      known.set(name, correlation);
    }
    if (correlation >= OUTCOME_CORRELATION) found.push({ column: name, correlation });
  }
  return found;
}

/**
 * Each column's median correlation (NaN: a flag, a planned column, too few pairs), per table and
 * choice of keys and sales. The guess and the first derive ask the same question of the same table,
 * and every later re-derive that only ticks covariates asks it again: it is answered once.
 */
const cache = new WeakMap<RawTable, Map<string, Map<string, number>>>();

function correlationsOf(table: RawTable, series: readonly string[], target: string): Map<string, number> {
  let byRoles = cache.get(table);
  if (!byRoles) cache.set(table, (byRoles = new Map()));
  const key = JSON.stringify([series, target]);
  let known = byRoles.get(key);
  if (!known) byRoles.set(key, (known = new Map()));
  return known;
}

/** Median over the series of the column's correlation with the sales; NaN when it has plan values. */
function medianCorrelation(
  values: RowValues,
  sales: RowValues,
  series: { of: Int32Array; count: number },
  rows: number,
): number {
  const sums = Array.from({ length: series.count }, () => new PairSums());
  for (let row = 0; row < rows; row++) {
    const x = valueAt(values, row);
    if (Number.isNaN(x)) continue;
    const y = valueAt(sales, row);
    if (Number.isNaN(y)) return NaN;
    (sums[series.of[row] as number] as PairSums).add(x, y);
  }
  const correlations = Float64Array.from(sums, (pair) => pair.correlation())
    .filter((r) => !Number.isNaN(r))
    .sort();
  return sortedQuantile(correlations, 0.5);
}
