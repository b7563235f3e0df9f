/**
 * The refusal when no column is mapped to the sales, saying where the sales-named column's values
 * could not be read (NaN, Infinity, text), so the user knows what to fix or which column to choose.
 */
import type { RawTable } from './types';
import { DataError } from './errors';
import { salesNamedColumn } from './roles';
import { findColumn } from './derive-cells';
import { readCodedNumbers } from './derive-columns';

export function noSalesColumnError(table: RawTable): DataError {
  const column = salesNamedColumn(table.header);
  const reading = column === null ? null : readCodedNumbers(findColumn(table, column), table.format);
  const examples = (reading?.exampleRows ?? []).map((row, i) => ({
    text: reading?.exampleText[i] ?? '',
    line: table.lineOfRow[row] ?? 0,
  }));
  return new DataError({
    code: 'no-target-column',
    params: {
      columns: table.header,
      column,
      unreadable: reading?.unreadable ?? 0,
      rows: table.rowCount,
      examples,
    },
  });
}
