/** Long layout: each table row is already one (date, series) cell. */
import type { ColumnMapping, RawTable } from './types';
import type { LongRows } from './derive-rows';
import { readCodedDays, readCodedNumbers, readTextCodes } from './derive-columns';
import { buildSeriesCodes } from './derive-keys';
import { findColumn, readMappedCells, unreadableIssue } from './derive-cells';

export function extractLongRows(
  table: RawTable,
  mapping: ColumnMapping,
  dateColumn: string,
  targetColumn: string,
): LongRows {
  const days = readCodedDays(findColumn(table, dateColumn), mapping.dateReading);
  const keyColumns = mapping.series.map((name) => readTextCodes(findColumn(table, name)));
  const { series, seriesKeys } = buildSeriesCodes(keyColumns, table.rowCount, targetColumn);
  const target = readCodedNumbers(findColumn(table, targetColumn), table.format);
  const cells = readMappedCells(table, mapping);
  const issues = [...cells.issues];
  const targetIssue = unreadableIssue(table, targetColumn, target, 'numbers', 'missing-sales');
  if (targetIssue) issues.unshift(targetIssue);
  return {
    length: table.rowCount,
    seriesKeys,
    series,
    day: days.values,
    target: target.values,
    targetUnreadable: target.unreadableRows,
    line: table.lineOfRow,
    covariates: cells.covariates,
    availability: cells.availability,
    priceEmpty: cells.priceEmpty,
    issues,
  };
}
