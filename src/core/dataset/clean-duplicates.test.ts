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
  it('are summed by default, with a status note giving the count and lines', () => {
    const { dataset, issues } = deriveDataset(table, longMapping(), DEFAULT_CLEANING);
    expect(Array.from(dataset.target)).toEqual([1, 12, 3, 11, 5]);
    const note = issues.find((issue) => issue.code === 'duplicates');
    expect(note).toMatchObject({ severity: 'status', count: 2 });
    expect(note?.where?.map((place) => place.line)).toEqual([7, 8]);
    expect(note?.message).toContain('summed');
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
