/**
 * The refusal when no column is mapped to the sales, saying where the sales-named column's values
 * could not be read (NaN, Infinity, text), so the user knows what to fix or which column to choose.
 */
import type { RawTable } from './types';
import { DataError } from './errors';
import { salesNamedColumn } from './roles';
import { findColumn } from './derive-cells';
import { readCodedNumbers } from './derive-columns';
import { plural } from './derive-issue';

export function noSalesColumnError(table: RawTable): DataError {
  const column = salesNamedColumn(table.header);
  const reading = column === null ? null : readCodedNumbers(findColumn(table, column), table.format);
  let unreadable = '';
  if (column !== null && reading !== null && reading.unreadable > 0) {
    const examples = reading.exampleRows.map(
      (row, i) => `"${reading.exampleText[i] ?? ''}" on line ${table.lineOfRow[row] ?? '?'}`,
    );
    const more = reading.unreadable - examples.length;
    unreadable =
      ` Column "${column}" has ${plural(reading.unreadable, 'value', 'values')} of ` +
      `${table.rowCount.toLocaleString('en-US')} that ${reading.unreadable === 1 ? 'is' : 'are'} not a number: ` +
      `${examples.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}.`;
  }
  return new DataError(
    'no-target-column',
    `No column reads as sales numbers (columns: ${table.header.join(', ')}).${unreadable} ` +
      'Choose the column that holds the sales in the mapping.',
  );
}
