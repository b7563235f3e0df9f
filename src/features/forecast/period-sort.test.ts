import { describe, expect, it } from 'vitest';
import { sortPeriods } from './period-sort';

const rows = [
  { step: 0, forecast: 5, low: 1, high: 9 },
  { step: 1, forecast: 7, low: 3, high: 8 },
  { step: 2, forecast: 5, low: 0, high: 12 },
];

describe('sortPeriods', () => {
  it('keeps period order by default and reverses it on request', () => {
    expect(sortPeriods(rows, 'period', 'ascending')).toEqual([0, 1, 2]);
    expect(sortPeriods(rows, 'period', 'descending')).toEqual([2, 1, 0]);
  });

  it('sorts by a value column, ties in period order', () => {
    expect(sortPeriods(rows, 'forecast', 'descending')).toEqual([1, 0, 2]);
    expect(sortPeriods(rows, 'forecast', 'ascending')).toEqual([0, 2, 1]);
    expect(sortPeriods(rows, 'high', 'ascending')).toEqual([1, 0, 2]);
    expect(sortPeriods(rows, 'low', 'ascending')).toEqual([2, 0, 1]);
  });
});
