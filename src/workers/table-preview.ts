import type { RawColumn, RawTable } from '../core/dataset/types';

/** The text of one cell of a column as read ('' for an empty cell). */
function cellText(column: RawColumn, row: number): string {
  if (column.kind === 'dict') {
    const code = column.codes[row] ?? -1;
    return code < 0 ? '' : (column.dict[code] ?? '');
  }
  const value = column.values[row] ?? Number.NaN;
  return column.text.get(row) ?? (Number.isNaN(value) ? '' : String(value));
}

/** The first `count` data rows as text, one array per row in header order, for the mapping panel. */
export function previewRows(table: RawTable, count: number): string[][] {
  const rows: string[][] = [];
  for (let row = 0; row < Math.min(count, table.rowCount); row++) {
    rows.push(table.columns.map((column) => cellText(column, row)));
  }
  return rows;
}
