/**
 * Reading the mapped cells of a table row by row: sales, covariates, availability and price, with
 * an alert for every column whose cells could not be read.
 */
import type { ColumnMapping, DataIssue, RawColumn, RawTable } from './types';
import {
  readCategories,
  readCodedFlags,
  readCodedNumbers,
  readEmptyCells,
  readFlags,
  type CodedReading,
} from './derive-columns';
import type { RowCovariate } from './row-values';
import { makeIssue } from './derive-issue';
import type { UnreadableConsequence } from './problem-codes';

export function findColumn(table: RawTable, name: string): RawColumn {
  const column = table.columns.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`The mapping names a column "${name}" that the file does not have.`);
  return column;
}

/** An alert listing where a column's cells could not be read, or null when all were read. */
export function unreadableIssue(
  table: RawTable,
  column: string,
  reading: Omit<CodedReading, 'values'>,
  what: 'numbers' | 'flag',
  then: UnreadableConsequence,
): DataIssue | null {
  if (reading.unreadable === 0) return null;
  const lines = reading.exampleRows.map((row) => table.lineOfRow[row]!);
  const first = lines[0];
  const example = first === undefined ? null : { text: reading.exampleText[0] ?? '', line: first };
  const detail = {
    code: 'unparseable-number',
    params: { columns: [column], reading: what, then, example },
  } as const;
  return makeIssue('alert', detail, reading.unreadable, lines, column);
}

export interface MappedCells {
  covariates: RowCovariate[];
  availability: Float64Array | null;
  priceEmpty: Uint8Array | null;
  issues: DataIssue[];
}

/** Reads covariates, availability and price: one value per table row. */
export function readMappedCells(table: RawTable, mapping: ColumnMapping): MappedCells {
  const issues: DataIssue[] = [];
  const covariates: RowCovariate[] = mapping.covariates.map(({ column, kind, promotion }) => {
    const raw = findColumn(table, column);
    const marks = promotion ? { promotion } : {};
    if (kind === 'categorical') {
      const { values, categories } = readCategories(raw);
      return { name: column, kind, values, categories, ...marks };
    }
    const reading =
      kind === 'binary' ? readCodedFlags(raw, table.format) : readCodedNumbers(raw, table.format);
    const what = kind === 'binary' ? 'flag' : 'numbers';
    const issue = unreadableIssue(table, column, reading, what, 'unknown');
    if (issue) issues.push(issue);
    return {
      name: column,
      kind,
      values: reading.values,
      ...(column === mapping.price ? { price: true } : {}),
      ...marks,
    };
  });
  let availability: Float64Array | null = null;
  if (mapping.availability !== null) {
    const reading = readFlags(findColumn(table, mapping.availability), table.format);
    const issue = unreadableIssue(table, mapping.availability, reading, 'flag', 'open');
    if (issue) issues.push(issue);
    availability = reading.values;
  }
  const priceEmpty = mapping.price === null ? null : readEmptyCells(findColumn(table, mapping.price));
  return { covariates, availability, priceEmpty, issues };
}
