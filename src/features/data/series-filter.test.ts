import { describe, it, expect } from 'vitest';
import type { SeriesStats } from '../../workers/protocol';
import { filterSeries, orderFor } from './series-filter';

const ids = ['STORE_1/Milk', 'STORE_2/Bread', 'STORE_1/Bread', 'STORE_3/milk 2L'];

describe('filterSeries', () => {
  it('keeps the given order and matches every word, ignoring case', () => {
    const order = Int32Array.from([3, 2, 1, 0]);
    expect(Array.from(filterSeries(ids, order, 'milk'))).toEqual([3, 0]);
    expect(Array.from(filterSeries(ids, order, 'bread store_1'))).toEqual([2]);
  });

  it('returns the whole order for an empty query', () => {
    const order = Int32Array.from([0, 1, 2, 3]);
    expect(filterSeries(ids, order, '   ')).toBe(order);
  });
});

describe('orderFor', () => {
  it('picks the precomputed order for each sort', () => {
    const stats: SeriesStats = {
      totals: new Float64Array(0),
      zeroShares: new Float64Array(0),
      byTotal: Int32Array.from([1]),
      byZeroShare: Int32Array.from([2]),
      byId: Int32Array.from([3]),
    };
    expect(orderFor(stats, 'total')[0]).toBe(1);
    expect(orderFor(stats, 'zeros')[0]).toBe(2);
    expect(orderFor(stats, 'id')[0]).toBe(3);
  });
});
