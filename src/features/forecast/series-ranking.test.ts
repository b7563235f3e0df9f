import { describe, it, expect } from 'vitest';
import { nameOrder, rankSeries, type RankRequest } from './series-ranking';
import { metricsOf, resultsOf } from '../../core/forecast/run-results-fixture';

const series = [
  { index: 0, scores: [{ slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: 0.8 }) }] },
  { index: 1, scores: [{ slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: 2.5 }) }] },
  { index: 2, scores: [] },
  { index: 3, scores: [{ slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: 1.1 }) }] },
];
const ids = ['b', 'c', 'd', 'a', 'e'];
const results = resultsOf(ids, series);
const request = (patch: Partial<RankRequest>): RankRequest => ({
  slot: 'auto',
  sort: 'test-worst',
  filter: '',
  limit: 10,
  byName: nameOrder(ids),
  ...patch,
});

describe('rankSeries', () => {
  it('puts the worst test error first and series without a score last, leaving out unfinished ones', () => {
    expect(rankSeries(results, request({}))).toEqual({ total: 4, first: [1, 3, 0, 2] });
  });

  it('returns only the first `limit` series but counts them all', () => {
    expect(rankSeries(results, request({ limit: 2 }))).toEqual({ total: 4, first: [1, 3] });
    expect(rankSeries(results, request({ sort: 'name', limit: 2 }))).toEqual({
      total: 4,
      first: [3, 0],
    });
  });

  it('sorts by name and filters by a piece of the id', () => {
    expect(rankSeries(results, request({ sort: 'name' })).first).toEqual([3, 0, 1, 2]);
    const fruit = ['apple', 'pear', 'pineapple', 'fig', 'crabapple'];
    const ranked = rankSeries(
      resultsOf(fruit, series),
      request({ sort: 'name', filter: 'APPLE', byName: nameOrder(fruit) }),
    );
    expect(ranked).toEqual({ total: 2, first: [0, 2] });
  });

  it('picks the same worst series as a full sort on a larger run', () => {
    const count = 300;
    const manyIds = Array.from({ length: count }, (_, index) => `s${index}`);
    const many = resultsOf(
      manyIds,
      Array.from({ length: count }, (_, index) => ({
        index,
        scores: [
          { slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: (index * 37) % 101 }) },
        ],
      })),
    );
    const full = Array.from(manyIds.keys()).sort((a, b) => ((b * 37) % 101) - ((a * 37) % 101) || a - b);
    const ranked = rankSeries(many, request({ limit: 24, byName: nameOrder(manyIds) }));
    expect(ranked.first).toEqual(full.slice(0, 24));
    expect(ranked.total).toBe(count);
  });
});
