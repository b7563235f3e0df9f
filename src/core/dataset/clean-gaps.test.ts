import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { DEFAULT_CLEANING, RowState } from './types';
import { formatIsoDate } from './dates';
import { longMapping, tableFromRows } from './derive-test-table';

const header = ['date', 'item', 'sales'];
const isoDates = (dates: Int32Array): string[] => Array.from(dates, formatIsoDate);

describe('gaps inside a series', () => {
  // Daily data for A with 2024-01-03 and 2024-01-04 absent; B is complete.
  const daily = tableFromRows(header, [
    ['2024-01-01', 'A', '4'],
    ['2024-01-02', 'A', '5'],
    ['2024-01-05', 'A', '6'],
    ['2024-01-06', 'A', '7'],
    ...['01', '02', '03', '04', '05', '06'].map((day) => [`2024-01-${day}`, 'B', '1']),
  ]);

  it('are filled with 0 on the daily grid by default, with a status note', () => {
    const { dataset, issues } = deriveDataset(daily, longMapping());
    expect(dataset.frequency).toBe('daily');
    const a = { start: dataset.seriesStart[0]!, end: dataset.seriesStart[1]! };
    expect(isoDates(dataset.dates.subarray(a.start, a.end))).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
      '2024-01-04',
      '2024-01-05',
      '2024-01-06',
    ]);
    expect(Array.from(dataset.target.subarray(a.start, a.end))).toEqual([4, 5, 0, 0, 6, 7]);
    expect(Array.from(dataset.rowState.subarray(a.start, a.end))).toEqual([0, 0, 1, 1, 0, 0]);
    const note = issues.find((issue) => issue.code === 'gaps-filled');
    expect(note).toMatchObject({ severity: 'status', count: 2 });
    expect(note).toMatchObject({ code: 'gaps-filled', params: { series: 1, mode: 'zero' } });
  });

  it('are left missing (NaN, GapFilled) when asked', () => {
    const { dataset } = deriveDataset(daily, longMapping(), { ...DEFAULT_CLEANING, gaps: 'missing' });
    expect(Number.isNaN(dataset.target[2]!)).toBe(true);
    expect(dataset.rowState[2]).toBe(RowState.GapFilled);
    expect(dataset.target[4]).toBe(6);
  });

  it('keep the weekday of weekly data', () => {
    // Fridays, with 2024-01-19 missing.
    const weekly = tableFromRows(
      header,
      ['2024-01-05', '2024-01-12', '2024-01-26', '2024-02-02', '2024-02-09'].map((date, i) => [
        date,
        'A',
        String(10 + i),
      ]),
    );
    const { dataset } = deriveDataset(weekly, longMapping());
    expect(dataset.frequency).toBe('weekly');
    expect(isoDates(dataset.dates)).toEqual([
      '2024-01-05',
      '2024-01-12',
      '2024-01-19',
      '2024-01-26',
      '2024-02-02',
      '2024-02-09',
    ]);
    expect(Array.from(dataset.target)).toEqual([10, 11, 0, 12, 13, 14]);
  });

  it('keep the day of month of monthly data', () => {
    const monthly = tableFromRows(
      header,
      ['2023-10-15', '2023-11-15', '2024-02-15', '2024-03-15', '2024-04-15'].map((date, i) => [
        date,
        'A',
        String(i + 1),
      ]),
    );
    const { dataset, issues } = deriveDataset(monthly, longMapping());
    expect(dataset.frequency).toBe('monthly');
    expect(isoDates(dataset.dates)).toEqual([
      '2023-10-15',
      '2023-11-15',
      '2023-12-15',
      '2024-01-15',
      '2024-02-15',
      '2024-03-15',
      '2024-04-15',
    ]);
    expect(Array.from(dataset.target)).toEqual([1, 2, 0, 0, 3, 4, 5]);
    expect(issues.find((issue) => issue.code === 'gaps-filled')?.count).toBe(2);
  });
});
