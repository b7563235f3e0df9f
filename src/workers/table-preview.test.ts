import { describe, it, expect } from 'vitest';
import type { RawTable } from '../core/dataset/types';
import { previewRows } from './table-preview';

const table: RawTable = {
  fileName: 'sales.csv',
  format: { decimal: ',', thousands: '.', delimiter: ';', encoding: 'utf-8', hasBom: false },
  header: ['date', 'sales'],
  columns: [
    { kind: 'dict', name: 'date', codes: Int32Array.from([0, 1, -1]), dict: ['2024-01-01', '2024-01-02'] },
    {
      kind: 'numeric',
      name: 'sales',
      values: Float64Array.from([1.5, NaN, NaN]),
      text: new Map([[1, 'n/a']]),
    },
  ],
  rowCount: 3,
  lineOfRow: Int32Array.from([2, 3, 4]),
  issues: [],
};

describe('previewRows', () => {
  it('shows the first rows as text, with unparseable values as written and empty cells empty', () => {
    expect(previewRows(table, 5)).toEqual([
      ['2024-01-01', '1.5'],
      ['2024-01-02', 'n/a'],
      ['', ''],
    ]);
  });

  it('stops at the requested count', () => {
    expect(previewRows(table, 1)).toHaveLength(1);
  });
});
