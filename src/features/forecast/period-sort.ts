/** Orders the forecast table's periods by a column, for its sort buttons. */
export type PeriodColumn = 'period' | 'forecast' | 'low' | 'high';
export type SortDirection = 'ascending' | 'descending';

export interface PeriodRow {
  step: number;
  forecast: number;
  low: number;
  high: number;
}

/** Row positions in the requested order; ties keep period order, so the order is stable. */
export function sortPeriods(
  rows: readonly PeriodRow[],
  column: PeriodColumn,
  direction: SortDirection,
): number[] {
  const key = (row: PeriodRow): number => (column === 'period' ? row.step : row[column]);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((_, position) => position)
    .sort((a, b) => {
      const ra = rows[a] as PeriodRow;
      const rb = rows[b] as PeriodRow;
      return sign * (key(ra) - key(rb)) || ra.step - rb.step;
    });
}
