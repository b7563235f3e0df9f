import { describe, it, expect } from 'vitest';
import { withArrivals } from './run-results';
import { metricsOf, resultsOf } from './run-results-fixture';
import { firstEntries } from './run-summary';

const future = { model: 'auto(ets)', point: [1], p10: [0], p90: [2] };
const score = [{ slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: 1 }) }];

describe('run summary', () => {
  it("counts forecasts, series left out and Auto's choices as series arrive", () => {
    const results = withArrivals(
      resultsOf(4, [
        { index: 0, scores: score, future, reason: 'ETS: lowest validation MASE' },
        { index: 2, scores: score, future, reason: 'ETS: lowest validation MASE' },
        { index: 3, scores: [], future: null },
      ]),
      [{ id: 'S1', failure: 'worker crashed' }],
    );
    const { summary } = results;
    expect(summary.forecast).toBe(2);
    expect(summary.choices.get('ets')).toBe(2);
    expect([...summary.unforecastable]).toEqual([
      ['S3', 'too-short'],
      ['S1', 'worker crashed'],
    ]);
  });

  it('replaces, not adds, a series that arrives again', () => {
    const results = resultsOf(2, [
      { index: 0, scores: score, future, reason: 'ETS: lowest validation MASE' },
    ]);
    const again = resultsOf(2, [{ index: 0, scores: [], future: null }]).series.get('S0');
    if (again === undefined) throw new Error('fixture has no series S0');
    const replaced = withArrivals(results, [{ id: 'S0', result: again }]);
    expect(replaced.summary.forecast).toBe(0);
    expect(replaced.summary.choices.size).toBe(0);
    expect(replaced.summary.unforecastable.get('S0')).toBe('too-short');
    expect(replaced.completed).toBe(1);
    expect(replaced.totals.scored.some((count) => count !== 0)).toBe(false);
    // The version before is as it was.
    expect(results.summary.forecast).toBe(1);
  });
});

describe('firstEntries', () => {
  it('lists the entries that come first by rank, in order, whatever order they were added in', () => {
    const entries = new Map([9, 4, 7, 1, 8, 2].map((rank) => [`s${rank}`, `reason ${rank}`]));
    const rank = (id: string) => Number(id.slice(1));
    expect(firstEntries(entries, 3, rank)).toEqual([
      { id: 's1', rank: 1, reason: 'reason 1' },
      { id: 's2', rank: 2, reason: 'reason 2' },
      { id: 's4', rank: 4, reason: 'reason 4' },
    ]);
    expect(firstEntries(entries, 10, rank)).toHaveLength(6);
  });
});
