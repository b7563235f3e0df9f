import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { RowState } from './types';
import { longMapping, tableFromRows } from './derive-test-table';

describe('periods that could not sell', () => {
  it('are kept out of demand when the availability column says closed', () => {
    // A bakery closed on 2016-12-25 and 2016-12-26 (open = 0, sales 0).
    const table = tableFromRows(
      ['date', 'item', 'sales', 'open'],
      [
        ['2016-12-23', 'Bread', '30', '1'],
        ['2016-12-24', 'Bread', '41', '1'],
        ['2016-12-25', 'Bread', '0', '0'],
        ['2016-12-26', 'Bread', '0', '0'],
        ['2016-12-27', 'Bread', '25', '1'],
      ],
    );
    const { dataset, summary, issues } = deriveDataset(table, longMapping({ availability: 'open' }));
    expect(Array.from(dataset.rowState)).toEqual([0, 0, RowState.NotSelling, RowState.NotSelling, 0]);
    expect(Number.isNaN(dataset.target[2]!)).toBe(true);
    expect(summary.notSelling).toBe(2);
    expect(summary.zeroShare).toBe(0);
    const note = issues.find((issue) => issue.code === 'not-selling');
    expect(note).toMatchObject({ severity: 'status', count: 2 });
    expect(note?.where?.map((place) => place.line)).toEqual([4, 5]);
  });

  it('are kept out of demand where the price is empty (not yet listed); a plan row without a price is closed', () => {
    const table = tableFromRows(
      ['date', 'item', 'sales', 'price'],
      [
        ['2024-01-01', 'A', '0', ''],
        ['2024-01-02', 'A', '0', ''],
        ['2024-01-03', 'A', '2', '1.5'],
        ['2024-01-04', 'A', '0', '1.5'],
        ['2024-01-05', 'A', '1', '1.5'],
        ['2024-01-06', 'A', '', ''],
      ],
    );
    const mapping = longMapping({ price: 'price', covariates: [{ column: 'price', kind: 'numeric' }] });
    const { dataset, summary } = deriveDataset(table, mapping);
    expect(Array.from(dataset.rowState)).toEqual([2, 2, 0, 0, 0, RowState.PlanClosed]);
    // The closed plan row is the plan, not history: it is not counted among the periods kept out of demand.
    expect(summary.notSelling).toBe(2);
    expect(summary.planRows).toBe(1);
    // The real zero on 2024-01-04 stays a zero-sales observation.
    expect(dataset.target[3]).toBe(0);
    expect(summary.zeroShare).toBeCloseTo(1 / 3);
  });

  it('keep a period with sales even if the price is missing', () => {
    const table = tableFromRows(
      ['date', 'item', 'sales', 'price'],
      [
        ['2024-01-01', 'A', '3', ''],
        ['2024-01-02', 'A', '2', '1.5'],
        ['2024-01-03', 'A', '2', '1.5'],
      ],
    );
    const { dataset, summary } = deriveDataset(table, longMapping({ price: 'price' }));
    expect(dataset.target[0]).toBe(3);
    expect(summary.notSelling).toBe(0);
  });

  it('mark plan rows of a closed store, and only those', () => {
    // New Year's Day is planned closed (open = 0); the day after is planned open.
    const table = tableFromRows(
      ['date', 'item', 'sales', 'open'],
      [
        ['2025-12-30', 'Bread', '30', '1'],
        ['2025-12-31', 'Bread', '41', '1'],
        ['2026-01-01', 'Bread', '', '0'],
        ['2026-01-02', 'Bread', '', '1'],
      ],
    );
    const { dataset, summary } = deriveDataset(table, longMapping({ availability: 'open' }));
    expect(Array.from(dataset.rowState)).toEqual([0, 0, RowState.PlanClosed, RowState.Plan]);
    expect(summary.planRows).toBe(2);
    expect(summary.notSelling).toBe(0);
  });
});
