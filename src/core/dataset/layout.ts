/**
 * Wide layouts: recognising them, and pivoting them to long rows.
 * - wide-dates-as-columns: one row per series, one column per date (many header names are dates).
 * - wide-series-as-columns: one row per date, one numeric column per series.
 */
import type { ColumnMapping, DataIssue, DateReading, RawTable } from './types';
import type { LongRows } from './derive-rows';
import { inferDateReading, parseDate } from './dates';
import { readDays, readNumbers, readTextCodes, type ColumnReading } from './derive-columns';
import { buildSeriesCodes } from './derive-keys';
import { findColumn, readMappedCells } from './derive-cells';
import { makeIssue, MAX_EXAMPLES } from './derive-issue';
import { toFloat64 } from './row-values';

/** Fewest date-named columns that make a table wide-dates-as-columns. */
const MIN_DATE_COLUMNS = 3;

/** The header names that are dates, when there are enough of them to call the table wide. */
export function detectDateColumns(
  header: readonly string[],
): { reading: DateReading; columns: string[] } | null {
  // Judge only names with a digit: the key columns' names would lower the parsed share.
  const inference = inferDateReading(header.filter((name) => /\d/.test(name)));
  // Excel serials would make any numeric header (store numbers) a date.
  if (!inference || inference.reading === 'excel-serial') return null;
  const columns = header.filter((name) => !Number.isNaN(parseDate(name, inference.reading)));
  if (columns.length < MIN_DATE_COLUMNS || columns.length * 2 < header.length) return null;
  return { reading: inference.reading, columns };
}

export function pivotToLong(table: RawTable, mapping: ColumnMapping): LongRows {
  return mapping.layout === 'wide-dates-as-columns'
    ? pivotWideDates(table, mapping)
    : pivotWideSeries(table, mapping);
}

/** Collects unreadable cells over many value columns into one alert. */
class UnreadableCells {
  count = 0;
  readonly where: { line: number; column: string }[] = [];

  add(table: RawTable, column: string, reading: ColumnReading): void {
    this.count += reading.unreadable;
    for (const row of reading.exampleRows) {
      if (this.where.length < MAX_EXAMPLES) this.where.push({ line: table.lineOfRow[row]!, column });
    }
  }

  issue(): DataIssue | null {
    if (this.count === 0) return null;
    const columns = [...new Set(this.where.map((place) => place.column))];
    const detail = {
      code: 'unparseable-number',
      params: { columns, reading: 'numbers', then: 'missing-sales', example: null },
    } as const;
    const issue = makeIssue('alert', detail, this.count);
    issue.where = this.where;
    return issue;
  }
}

function pivotWideDates(table: RawTable, mapping: ColumnMapping): LongRows {
  const keySet = new Set(mapping.series);
  const dateColumns = table.header
    .filter((name) => !keySet.has(name))
    .map((name) => ({ name, day: parseDate(name, mapping.dateReading) }))
    .filter((column) => !Number.isNaN(column.day));
  const keyColumns = mapping.series.map((name) => readTextCodes(findColumn(table, name)));
  const rowSeries = buildSeriesCodes(keyColumns, table.rowCount, 'series');
  const n = table.rowCount * dateColumns.length;
  const series = new Int32Array(n);
  const day = new Float64Array(n);
  const target = new Float64Array(n);
  const line = new Int32Array(n);
  const unreadable = new UnreadableCells();
  const targetUnreadable = new Uint8Array(n);
  const width = dateColumns.length;
  dateColumns.forEach((column, j) => {
    const reading = readNumbers(findColumn(table, column.name), table.format);
    unreadable.add(table, column.name, reading);
    for (let row = 0; row < table.rowCount; row++) {
      const at = row * width + j;
      series[at] = rowSeries.series[row]!;
      day[at] = column.day;
      target[at] = reading.values[row]!;
      if (reading.unreadableRows) targetUnreadable[at] = reading.unreadableRows[row]!;
      line[at] = table.lineOfRow[row]!;
    }
  });
  const issue = unreadable.issue();
  return {
    length: n,
    seriesKeys: rowSeries.seriesKeys,
    series,
    day,
    target,
    targetUnreadable,
    line,
    covariates: [],
    availability: null,
    priceEmpty: null,
    issues: issue ? [issue] : [],
  };
}

function pivotWideSeries(table: RawTable, mapping: ColumnMapping): LongRows {
  if (mapping.date === null) throw new Error('A wide-series table needs a date column.');
  const used = new Set<string>([mapping.date, ...mapping.covariates.map((c) => c.column)]);
  if (mapping.availability !== null) used.add(mapping.availability);
  if (mapping.price !== null) used.add(mapping.price);
  const collator = new Intl.Collator('en', { numeric: true });
  const valueNames = table.header.filter((name) => !used.has(name)).sort((a, b) => collator.compare(a, b));
  const rows = table.rowCount;
  const n = rows * valueNames.length;
  const rowDays = readDays(findColumn(table, mapping.date), mapping.dateReading).values;
  const cells = readMappedCells(table, mapping);
  const series = new Int32Array(n);
  const day = new Float64Array(n);
  const target = new Float64Array(n);
  const line = new Int32Array(n);
  const covariates = cells.covariates.map((covariate) => ({ ...covariate, values: new Float64Array(n) }));
  const rowCovariates = cells.covariates.map((covariate) => toFloat64(covariate.values));
  const availability = cells.availability ? new Float64Array(n) : null;
  const priceEmpty = cells.priceEmpty ? new Uint8Array(n) : null;
  const unreadable = new UnreadableCells();
  const targetUnreadable = new Uint8Array(n);
  valueNames.forEach((name, s) => {
    const reading = readNumbers(findColumn(table, name), table.format);
    unreadable.add(table, name, reading);
    const offset = s * rows;
    series.fill(s, offset, offset + rows);
    day.set(rowDays, offset);
    target.set(reading.values, offset);
    if (reading.unreadableRows) targetUnreadable.set(reading.unreadableRows, offset);
    line.set(table.lineOfRow, offset);
    covariates.forEach((covariate, c) => covariate.values.set(rowCovariates[c]!, offset));
    if (availability && cells.availability) availability.set(cells.availability, offset);
    if (priceEmpty && cells.priceEmpty) priceEmpty.set(cells.priceEmpty, offset);
  });
  const issue = unreadable.issue();
  return {
    length: n,
    seriesKeys: valueNames.map((name) => [name]),
    series,
    day,
    target,
    targetUnreadable,
    line,
    covariates,
    availability,
    priceEmpty,
    issues: issue ? [issue, ...cells.issues] : cells.issues,
  };
}
