import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { RowState } from './types';
import { longMapping, tableFromRows } from './derive-test-table';

describe('plan rows', () => {
  // Sales up to 2024-01-05; 2024-01-06..08 carry next week's promotion plan with empty sales.
  const table = tableFromRows(
    ['date', 'item', 'sales', 'promo'],
    [
      ['2024-01-01', 'A', '3', '0'],
      ['2024-01-02', 'A', '', '0'],
      ['2024-01-03', 'A', '4', '1'],
      ['2024-01-04', 'A', '5', '0'],
      ['2024-01-05', 'A', '2', '0'],
      ['2024-01-06', 'A', '', '1'],
      ['2024-01-08', 'A', '', '0'],
    ],
  );
  const mapping = longMapping({ covariates: [{ column: 'promo', kind: 'binary' }] });

  it('start after the last sales value and mark where the history ends', () => {
    const { dataset, summary } = deriveDataset(table, mapping);
    expect(dataset.historyEnd[0]).toBe(5);
    expect(Array.from(dataset.rowState.subarray(5))).toEqual([RowState.Plan, RowState.Plan, RowState.Plan]);
    expect(Array.from(dataset.covariates[0]!.values.subarray(5)).map(String)).toEqual(['1', 'NaN', '0']);
    expect(summary.planRows).toBe(3);
  });

  it('are never counted as missing sales or zero sales', () => {
    const { dataset, summary, issues } = deriveDataset(table, mapping);
    // Only the empty cell inside the history (line 3) is missing.
    expect(dataset.rowState[1]).toBe(RowState.Missing);
    expect(issues.find((issue) => issue.code === 'missing-sales')).toMatchObject({
      count: 1,
      where: [{ line: 3 }],
    });
    expect(issues.some((issue) => issue.code === 'gaps-filled')).toBe(false);
    expect(summary.observations).toBe(5);
    expect(summary.zeroShare).toBe(0);
    expect(Array.from(dataset.target.subarray(5)).every(Number.isNaN)).toBe(true);
  });
});
