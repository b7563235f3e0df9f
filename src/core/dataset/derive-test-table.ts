/**
 * Test helper: a RawTable from rows of cell texts, as the reader would give for a small file
 * (every column a dictionary column; '' is an empty cell; data row i is on file line i + 2).
 */
import type { ColumnMapping, NumberFormat, RawColumn, RawTable } from './types';

export function tableFromRows(
  header: string[],
  rows: string[][],
  numberFormat: NumberFormat = { decimal: '.', thousands: '' },
): RawTable {
  const columns: RawColumn[] = header.map((name, j) => {
    const dict: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = Int32Array.from(rows, (row) => {
      const text = row[j] ?? '';
      if (text === '') return -1;
      let code = codeOf.get(text);
      if (code === undefined) {
        code = dict.length;
        dict.push(text);
        codeOf.set(text, code);
      }
      return code;
    });
    return { kind: 'dict', name, codes, dict };
  });
  return {
    fileName: 'test.csv',
    format: { ...numberFormat, encoding: 'utf-8', hasBom: false, delimiter: ',' },
    header,
    columns,
    rowCount: rows.length,
    lineOfRow: Int32Array.from(rows, (_, i) => i + 2),
    issues: [],
  };
}

/** Rows from CSV-like text: one line per row, cells split on ','. */
export function tableFromCsv(text: string): RawTable {
  const [head = '', ...lines] = text.trim().split('\n');
  return tableFromRows(
    head.split(','),
    lines.map((line) => line.split(',')),
  );
}

/** A long-layout mapping with date "date", key "item" and sales "sales", plus overrides. */
export function longMapping(overrides: Partial<ColumnMapping> = {}): ColumnMapping {
  return {
    layout: 'long',
    date: 'date',
    dateReading: 'iso',
    series: ['item'],
    target: 'sales',
    covariates: [],
    availability: null,
    price: null,
    ...overrides,
  };
}

/** Daily rows `date,item,sales` for one item, from 2024-01-01, one per value ('' = empty cell). */
export function dailyRows(item: string, values: readonly string[], firstDay = 1): string[][] {
  return values.map((value, i) => [`2024-01-${String(firstDay + i).padStart(2, '0')}`, item, value]);
}
