import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { DEFAULT_CLEANING } from './types';
import { dayFromYmd, formatIsoDate } from './dates';
import { longMapping, tableFromRows } from './derive-test-table';

/** Daily rows for item A from 2024-01-01, one per value. */
function series(values: readonly number[]) {
  const start = dayFromYmd(2024, 1, 1);
  return tableFromRows(
    ['date', 'item', 'sales'],
    values.map((value, i) => [formatIsoDate(start + i), 'A', String(value)]),
  );
}

const flaggedDays = (values: readonly number[]): number[] => {
  const { dataset } = deriveDataset(series(values), longMapping());
  return Array.from(dataset.outlier).flatMap((flag, i) => (flag === 1 ? [i] : []));
};

describe('outliers', () => {
  it('flag a spike in a steady series and keep its value by default', () => {
    const values = Array.from({ length: 60 }, (_, i) => 10 + (i % 3));
    values[30] = 200;
    const { dataset, issues } = deriveDataset(series(values), longMapping());
    expect(Array.from(dataset.outlier).flatMap((flag, i) => (flag ? [i] : []))).toEqual([30]);
    expect(dataset.target[30]).toBe(200);
    expect(issues.find((issue) => issue.code === 'outliers')).toMatchObject({
      count: 1,
      where: [{ line: 32 }],
    });
  });

  it('cap the spike to the rule bound when asked', () => {
    const values = Array.from({ length: 60 }, (_, i) => 10 + (i % 3));
    values[30] = 200;
    const { dataset } = deriveDataset(series(values), longMapping(), {
      ...DEFAULT_CLEANING,
      outliers: 'cap',
    });
    expect(dataset.outlier[30]).toBe(1);
    expect(dataset.target[30]).toBeGreaterThan(12);
    expect(dataset.target[30]).toBeLessThan(30);
  });

  it('do not flag the occasional sale of a slow mover', () => {
    // Mostly zeros (the MAD is 0), with single units and an occasional 2 or 3.
    const values: number[] = Array.from({ length: 90 }, (_, i) => (i % 11 === 0 ? 2 : i % 5 === 0 ? 1 : 0));
    values[40] = 3;
    expect(flaggedDays(values)).toEqual([]);
  });

  it('still flag a slow mover selling far beyond its usual handful', () => {
    const values: number[] = Array.from({ length: 90 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    values[47] = 40;
    expect(flaggedDays(values)).toEqual([47]);
  });

  it('do not flag a peak that recurs every season (weekends)', () => {
    const values = Array.from({ length: 70 }, (_, i) => (i % 7 === 5 ? 80 : 10 + (i % 2)));
    expect(flaggedDays(values)).toEqual([]);
  });
});
