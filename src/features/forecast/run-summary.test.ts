import { describe, it, expect } from 'vitest';
import { emptyScores } from '../../workers/forecast-scores';
import { addFailure, addOutcome } from './forecast-results';
import { metricsOf, resultsOf } from './results-fixture';
import { firstEntries } from './run-summary';

const future = { model: 'auto(ets)', point: [1], p10: [0], p90: [2] };
const score = [{ slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: 1 }) }];

describe('run summary', () => {
  it("counts forecasts, series left out and Auto's choices as series arrive", () => {
    const results = resultsOf(4, [
      { index: 0, scores: score, future, reason: 'ETS: lowest validation MASE' },
      { index: 2, scores: score, future, reason: 'ETS: lowest validation MASE' },
      { index: 3, scores: [], future: null },
    ]);
    addFailure(results, 1, 'worker crashed');
    const { summary } = results;
    expect(summary.forecast).toBe(2);
    expect(summary.choices.get('ets')).toBe(2);
    expect([...summary.unforecastable]).toEqual([
      [3, 'too-short'],
      [1, 'worker crashed'],
    ]);
  });

  it('replaces, not adds, a series that arrives twice', () => {
    const results = resultsOf(2, [
      { index: 0, scores: score, future, reason: 'ETS: lowest validation MASE' },
    ]);
    const again = resultsOf(2, [{ index: 0, scores: [], future: null }]).summaries[0];
    if (again === undefined) throw new Error('fixture has no series 0');
    addOutcome(results, { ...again, scores: emptyScores() });
    expect(results.summary.forecast).toBe(0);
    expect(results.summary.choices.size).toBe(0);
    expect(results.summary.unforecastable.get(0)).toBe('too-short');
    expect(results.completed).toBe(1);
  });
});

describe('firstEntries', () => {
  it('lists the lowest indices in order, whatever order they were added in', () => {
    const entries = new Map([9, 4, 7, 1, 8, 2].map((index) => [index, `reason ${index}`]));
    expect(firstEntries(entries, 3)).toEqual([
      { index: 1, reason: 'reason 1' },
      { index: 2, reason: 'reason 2' },
      { index: 4, reason: 'reason 4' },
    ]);
    expect(firstEntries(entries, 10)).toHaveLength(6);
  });
});
