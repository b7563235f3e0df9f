/**
 * From the file as read and a column mapping to the cleaned, regular, long Dataset: read the
 * mapped cells, drop rows without a readable date, detect the frequency, place each row on its
 * series' grid (merging duplicates), then apply the cleaning rules one by one, each reporting what
 * it did.
 */
import {
  DEFAULT_CLEANING,
  type CleaningSettings,
  type ColumnMapping,
  type Covariate,
  type DataIssue,
  type Dataset,
  type DerivedDataset,
  type RawTable,
} from './types';
import { detectFrequency } from './frequency';
import { DataError } from './errors';
import { extractLongRows } from './derive-long';
import { pivotToLong } from './layout';
import { selectRows, type LongRows } from './derive-rows';
import { makePeriodGrid } from './derive-periods';
import { makeIssue, ExampleLines } from './derive-issue';
import { NO_PARAMS } from './problem-codes';
import { makeSeriesId } from './series-id';
import { DuplicateRows } from './clean-duplicates';
import { KeyUniqueness } from './key-uniqueness';
import { noSalesColumnError } from './no-sales-column';
import { fillGaps, layOnGrid, type GridRows } from './clean-gaps';
import { markPlan } from './clean-plan';
import { markNotSelling } from './clean-not-selling';
import { markMissing } from './clean-missing';
import { handleNegatives } from './clean-negatives';
import { findOutliers } from './clean-outliers';
import { findShortSeries } from './clean-short';
import { summarizeDataset } from './summary';
import { splitStock, withStockCovariates } from './stock-columns';
import { mapToInt32, valueAt, valuesThatOccur, type RowCovariate } from './row-values';

export function deriveDataset(
  table: RawTable,
  mapping: ColumnMapping,
  settings: CleaningSettings = DEFAULT_CLEANING,
): DerivedDataset {
  const read = readRows(table, withStockCovariates(mapping));
  // What reading the file found (ragged rows, blank lines, its encoding, joined date columns) first.
  const issues: DataIssue[] = [...table.issues, ...read.issues];
  const rows = dropUndatedRows(read, mapping.date ?? 'date', issues);

  const distinctDays = sortedDistinct(valuesThatOccur(rows.day, rows.length));
  const frequency = detectFrequency(distinctDays);
  if (frequency === null) {
    throw new DataError({ code: 'irregular-dates', params: NO_PARAMS });
  }
  const grid = makePeriodGrid(frequency, distinctDays[0]!);
  const period = mapToInt32(rows.day, rows.length, (day) => grid.periodOf(day));
  const seriesCount = rows.seriesKeys.length;

  const duplicates = new DuplicateRows(settings.duplicates);
  const gridRows = layOnGrid({ ...rows, period }, seriesCount, grid, duplicates);
  const plan = markPlan(gridRows, rows.targetUnreadable);
  const { historyEnd } = plan;
  const gaps = fillGaps(gridRows, historyEnd, settings.gaps);
  const notSelling = markNotSelling(gridRows, historyEnd, rows);
  const missing = markMissing(gridRows, historyEnd, rows.line);
  const negatives = handleNegatives(gridRows, rows.line, settings.negatives);
  const outliers = findOutliers(gridRows, historyEnd, frequency, rows.line, settings.outliers);

  const seriesIds = rows.seriesKeys.map(makeSeriesId);
  const short = findShortSeries(gridRows, historyEnd, seriesIds, frequency, settings.minHistory);
  const completingColumn = () =>
    mapping.layout === 'long' && mapping.date !== null
      ? new KeyUniqueness(table, mapping.date).completingColumn(
          mapping.series,
          unmappedColumns(table, mapping),
        )
      : null;
  for (const issue of [
    duplicates.issue(rows.length, completingColumn),
    gaps,
    notSelling.issue,
    missing,
    negatives,
    outliers.issue,
    plan.issue,
    short.issue,
  ]) {
    if (issue) issues.push(issue);
  }

  const dataset: Dataset = {
    frequency,
    keyNames: keyNamesOf(mapping),
    targetName: mapping.target ?? 'sales',
    seriesIds,
    seriesKeys: rows.seriesKeys,
    seriesStart: gridRows.seriesStart,
    historyEnd,
    dates: gridRows.dates,
    target: gridRows.target,
    rowState: gridRows.rowState,
    outlier: outliers.outlier,
    ...datasetColumns(
      rows.covariates.map((covariate) => alignCovariate(covariate, gridRows)),
      mapping,
    ),
  };
  const summary = summarizeDataset(dataset, {
    fileName: table.fileName,
    layout: mapping.layout,
    rows: table.rowCount,
    notSelling: notSelling.notSelling,
    planRows: plan.planRows,
    shortSeries: short.shortSeries,
  });
  return { dataset, summary, issues };
}

/** The forecast's covariates and, where stock columns are mapped, their values apart. */
function datasetColumns(aligned: Covariate[], mapping: ColumnMapping): Pick<Dataset, 'covariates' | 'stock'> {
  const { covariates, stock } = splitStock(aligned, mapping);
  return stock === null ? { covariates } : { covariates, stock };
}

function readRows(table: RawTable, mapping: ColumnMapping): LongRows {
  if (mapping.layout !== 'long') return pivotToLong(table, mapping);
  if (mapping.date === null) {
    throw new DataError({ code: 'no-date-column', params: { columns: table.header } });
  }
  if (mapping.target === null) throw noSalesColumnError(table);
  return extractLongRows(table, mapping, mapping.date, mapping.target);
}

/** Rows whose date cannot be read have no place on the calendar: dropped, and said so. */
function dropUndatedRows(rows: LongRows, dateColumn: string, issues: DataIssue[]): LongRows {
  if (!valuesThatOccur(rows.day, rows.length).some(Number.isNaN)) return rows;
  const undated = new ExampleLines();
  for (let i = 0; i < rows.length; i++) if (Number.isNaN(valueAt(rows.day, i))) undated.add(rows.line[i]!);
  if (undated.count === 0) return rows;
  if (undated.count === rows.length) {
    throw new DataError({ code: 'dates-unreadable', params: { column: dateColumn } }, { column: dateColumn });
  }
  // Dropped: a row without a date has no place on the calendar.
  const detail = { code: 'unreadable-date', params: { column: dateColumn } } as const;
  issues.push(makeIssue('alert', detail, undated.count, undated.lines, dateColumn));
  const keep = new Int32Array(rows.length - undated.count);
  let k = 0;
  for (let i = 0; i < rows.length; i++) if (!Number.isNaN(valueAt(rows.day, i))) keep[k++] = i;
  return selectRows(rows, keep);
}

/** Distinct day numbers, ascending, through a bitmap over the date range (no comparison sort). */
function sortedDistinct(days: Float64Array): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  for (const day of days) {
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const present = new Uint8Array(max - min + 1);
  let count = 0;
  for (const day of days) {
    if (present[day - min] === 0) count++;
    present[day - min] = 1;
  }
  const distinct = new Int32Array(count);
  let k = 0;
  for (let offset = 0; offset < present.length; offset++)
    if (present[offset] === 1) distinct[k++] = min + offset;
  return distinct;
}

/** Columns with no role in the mapping except as covariates: where a missing key would be. */
function unmappedColumns(table: RawTable, mapping: ColumnMapping): string[] {
  const mapped = new Set([
    mapping.date,
    mapping.target,
    mapping.price,
    mapping.availability,
    ...mapping.series,
  ]);
  return table.header.filter((name) => !mapped.has(name));
}

function keyNamesOf(mapping: ColumnMapping): string[] {
  if (mapping.layout === 'wide-series-as-columns' || mapping.series.length === 0) return ['series'];
  return [...mapping.series];
}

function alignCovariate(covariate: RowCovariate, gridRows: GridRows): Covariate {
  const values = new Float64Array(gridRows.length);
  const { source } = gridRows;
  const read = covariate.values;
  // Two loops rather than one through valueAt: this runs once per grid row and covariate.
  if (read instanceof Float64Array) {
    for (let at = 0; at < values.length; at++) {
      const row = source[at]!;
      values[at] = row < 0 ? NaN : read[row]!;
    }
  } else {
    const { codes, byCode } = read;
    for (let at = 0; at < values.length; at++) {
      const row = source[at]!;
      const code = row < 0 ? -1 : codes[row]!;
      values[at] = code < 0 ? NaN : byCode[code]!;
    }
  }
  return { ...covariate, values };
}
