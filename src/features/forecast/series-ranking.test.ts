import { describe, it, expect } from 'vitest';
import { rankSeries } from './series-ranking';
import { metricsOf, resultsOf } from './results-fixture';

const results = resultsOf(4, [
  { index: 0, scores: [{ slot: 'auto', part: 'test', metrics: metricsOf({ mase: 0.8 }) }] },
  { index: 1, scores: [{ slot: 'auto', part: 'test', metrics: metricsOf({ mase: 2.5 }) }] },
  { index: 2, scores: [] },
  { index: 3, scores: [{ slot: 'auto', part: 'test', metrics: metricsOf({ mase: 1.1 }) }] },
]);
const ids = ['b', 'c', 'd', 'a'];

describe('rankSeries', () => {
  it('puts the worst test error first and series without a score last', () => {
    expect(rankSeries(results, ids, 'auto', 'test-worst', '')).toEqual([1, 3, 0, 2]);
  });

  it('sorts by name and filters by a piece of the id', () => {
    expect(rankSeries(results, ids, 'auto', 'name', '')).toEqual([3, 0, 1, 2]);
    expect(rankSeries(results, ['apple', 'pear', 'pineapple', 'fig'], 'auto', 'name', 'APPLE')).toEqual([
      0, 2,
    ]);
  });
});
