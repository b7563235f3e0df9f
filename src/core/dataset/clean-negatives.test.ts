import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { DEFAULT_CLEANING } from './types';
import { dailyRows, longMapping, tableFromRows } from './derive-test-table';

const table = tableFromRows(['date', 'item', 'sales'], dailyRows('A', ['4', '-2', '3', '-1', '5']));

describe('negative sales (returns)', () => {
  it('are kept by default, with an alert naming the lines', () => {
    const { dataset, issues } = deriveDataset(table, longMapping());
    expect(Array.from(dataset.target)).toEqual([4, -2, 3, -1, 5]);
    const alert = issues.find((issue) => issue.code === 'negatives');
    expect(alert).toMatchObject({ severity: 'alert', count: 2 });
    expect(alert?.where?.map((place) => place.line)).toEqual([3, 5]);
  });

  it('are clipped to 0 when asked', () => {
    const { dataset, issues } = deriveDataset(table, longMapping(), {
      ...DEFAULT_CLEANING,
      negatives: 'clip',
    });
    expect(Array.from(dataset.target)).toEqual([4, 0, 3, 0, 5]);
    expect(issues.find((issue) => issue.code === 'negatives')).toMatchObject({
      severity: 'status',
      count: 2,
    });
  });
});
