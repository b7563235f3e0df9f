import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { formatIsoDate } from './dates';
import { longMapping, tableFromRows } from './derive-test-table';

describe('dataset summary', () => {
  it('counts rows read, series, observations, zero share, closed periods and plan rows', () => {
    const table = tableFromRows(
      ['date', 'item', 'sales', 'open'],
      [
        ['2024-01-01', 'A', '0', '1'],
        ['2024-01-02', 'A', '0', '0'],
        ['2024-01-03', 'A', '3', '1'],
        ['2024-01-05', 'A', '1', '1'],
        ['2024-01-06', 'A', '', '1'],
        ['2024-01-02', 'B', '5', '1'],
        ['2024-01-03', 'B', '5', '1'],
      ],
    );
    const { summary } = deriveDataset(table, longMapping({ availability: 'open' }));
    expect(summary).toMatchObject({
      fileName: 'test.csv',
      layout: 'long',
      rows: 7,
      series: 2,
      frequency: 'daily',
    });
    // A: 01..05 history (5 periods, 04 filled with 0), 06 plan; B: 02..03.
    expect(summary.observations).toBe(7);
    expect(summary.planRows).toBe(1);
    expect(summary.notSelling).toBe(1);
    // Periods with sales: A 01 (0), 03, 04 (filled 0), 05; B 02, 03 → 2 zeros of 6.
    expect(summary.zeroShare).toBeCloseTo(2 / 6);
    expect(formatIsoDate(summary.firstDate)).toBe('2024-01-01');
    expect(formatIsoDate(summary.lastDate)).toBe('2024-01-05');
    expect(summary.shortSeries).toEqual(['A', 'B']);
  });
});
