import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { DEFAULT_CLEANING } from './types';
import { dailyRows, longMapping, tableFromRows } from './derive-test-table';

// Lines 2-6: five days of item A; lines 7 and 8 repeat 2024-01-02 and 2024-01-04.
const table = tableFromRows(
  ['date', 'item', 'sales'],
  [...dailyRows('A', ['1', '2', '3', '4', '5']), ['2024-01-02', 'A', '10'], ['2024-01-04', 'A', '7']],
);

describe('duplicate (series, period) rows', () => {
  it('are summed by default', () => {
    const { dataset } = deriveDataset(table, longMapping(), DEFAULT_CLEANING);
    expect(Array.from(dataset.target)).toEqual([1, 12, 3, 11, 5]);
  });

  it('when few (2% of rows or less), give a status note with the count and lines', () => {
    const days = Array.from({ length: 99 }, (_, i) => String(i % 7));
    const rows = [...dailyRows('A', days.slice(0, 31)), ...dailyRows('B', days.slice(31, 62))];
    const few = tableFromRows(['date', 'item', 'sales'], [...rows, ['2024-01-02', 'A', '10']]);
    const note = deriveDataset(few, longMapping()).issues.find((issue) => issue.code === 'duplicates');
    expect(note).toMatchObject({ severity: 'status', count: 1 });
    expect(note?.where?.map((place) => place.line)).toEqual([64]);
    expect(note?.params).toEqual({ rows: 63, mode: 'sum', column: null });
  });

  it('when many, alert and name the column that tells the rows apart (brand coded 1–3)', () => {
    const rows: string[][] = [];
    for (let day = 1; day <= 20; day++)
      for (const store of ['1', '2'])
        for (const brand of ['1', '2', '3'])
          rows.push([`2024-01-${String(day).padStart(2, '0')}`, store, brand, String(day + Number(brand))]);
    const coded = tableFromRows(['date', 'store', 'brand', 'sales'], rows);
    const mapping = longMapping({ series: ['store'], covariates: [{ column: 'brand', kind: 'numeric' }] });
    const alert = deriveDataset(coded, mapping).issues.find((issue) => issue.code === 'duplicates');
    expect(alert).toMatchObject({ severity: 'alert', count: 80 });
    expect(alert?.params).toEqual({ rows: 120, mode: 'sum', column: 'brand' });
    expect(alert?.where?.map((place) => place.line)).toEqual([3, 4, 9, 10, 15]);
    expect(alert?.where?.[0]).toEqual({ line: 3, column: 'brand' });

    const withBrand = deriveDataset(coded, longMapping({ series: ['store', 'brand'] }));
    expect(withBrand.issues.some((issue) => issue.code === 'duplicates')).toBe(false);
    expect(withBrand.dataset.seriesIds).toHaveLength(6);
  });

  it('when many and no column tells them apart, alert that a key is missing', () => {
    const twice = tableFromRows(
      ['date', 'item', 'sales'],
      [...dailyRows('A', ['1', '2', '3', '4', '5']), ...dailyRows('A', ['1', '2', '3', '4', '5'])],
    );
    const alert = deriveDataset(twice, longMapping()).issues.find((issue) => issue.code === 'duplicates');
    expect(alert?.severity).toBe('alert');
    // No column to name: the page says a key column is missing from the mapping.
    expect(alert?.params).toMatchObject({ column: null });
  });

  it('keep the last row when asked', () => {
    const { dataset } = deriveDataset(table, longMapping(), { ...DEFAULT_CLEANING, duplicates: 'last' });
    expect(Array.from(dataset.target)).toEqual([1, 10, 3, 7, 5]);
  });

  it('give no note when every period appears once', () => {
    const clean = tableFromRows(['date', 'item', 'sales'], dailyRows('A', ['1', '2', '3', '4', '5']));
    expect(deriveDataset(clean, longMapping()).issues.some((issue) => issue.code === 'duplicates')).toBe(
      false,
    );
  });

  it('in an unsorted file keep the file order for "last" and list examples by series, then date', () => {
    // Line 2: B day 2; lines 3-4: A days 2 and 1; line 5 repeats B day 2; line 6 repeats A day 1;
    // line 7 repeats B day 2 again; line 8 repeats A day 2.
    const unsorted = tableFromRows(
      ['date', 'item', 'sales'],
      [
        ['2024-01-02', 'B', '1'],
        ['2024-01-02', 'A', '2'],
        ['2024-01-01', 'A', '3'],
        ['2024-01-02', 'B', '4'],
        ['2024-01-01', 'A', '5'],
        ['2024-01-02', 'B', '6'],
        ['2024-01-02', 'A', '7'],
      ],
    );
    const last = deriveDataset(unsorted, longMapping(), { ...DEFAULT_CLEANING, duplicates: 'last' });
    // A: day 1 = 5 (line 6), day 2 = 7 (line 8); B: day 2 = 6 (line 7).
    expect(Array.from(last.dataset.target)).toEqual([5, 7, 6]);
    const summed = deriveDataset(unsorted, longMapping());
    expect(Array.from(summed.dataset.target)).toEqual([8, 9, 11]);
    const note = summed.issues.find((issue) => issue.code === 'duplicates');
    expect(note?.count).toBe(4);
    expect(note?.where?.map((place) => place.line)).toEqual([6, 8, 5, 7]);
  });
});
