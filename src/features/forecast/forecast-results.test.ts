import { describe, it, expect } from 'vitest';
import { SCORE_SLOTS, scoreOffset } from '../../workers/forecast-scores';
import { aggregateResults } from './aggregate';
import { addFailure, applyRecalibration, scoreOf } from './forecast-results';
import { metricsOf, resultsOf } from './results-fixture';

describe('forecast results', () => {
  it('stores each series where its index says, whatever order results arrive in', () => {
    const results = resultsOf(3, [
      { index: 2, scores: [{ slot: 'ets', part: 'test', metrics: metricsOf({ mase: 0.25 }) }] },
      { index: 0, scores: [{ slot: 'ets', part: 'test', metrics: metricsOf({ mase: 0.5 }) }] },
    ]);
    const mase = scoreOffset('ets', 'test', 'mase');
    expect(scoreOf(results, 0, mase)).toBe(0.5);
    expect(scoreOf(results, 1, mase)).toBeNaN();
    expect(scoreOf(results, 2, mase)).toBe(0.25);
    expect(results.completed).toBe(2);
  });

  it('counts a failed series once as finished and keeps what went wrong', () => {
    const results = resultsOf(2, []);
    addFailure(results, 1, 'worker crashed');
    addFailure(results, 1, 'worker crashed');
    expect(results.completed).toBe(1);
    expect(results.failed.get(1)).toBe('worker crashed');
  });
});

describe('applyRecalibration', () => {
  const future = { model: 'auto(ets)', point: [10, 20], p10: [9, 18], p90: [11, 22] };
  const fresh = () =>
    resultsOf(3, [
      {
        index: 0,
        scores: [{ slot: 'auto', part: 'test', metrics: metricsOf({ mase: 1 }), coverage: 0.5 }],
        future,
      },
      {
        index: 1,
        scores: [{ slot: 'auto', part: 'test', metrics: metricsOf({ mase: 1 }), coverage: 0.5 }],
        future,
      },
      {
        index: 2,
        scores: [{ slot: 'auto', part: 'test', metrics: metricsOf({ mase: 1 }), coverage: 0.25 }],
        future: null,
      },
    ]);
  const slots = SCORE_SLOTS.length;
  const auto = SCORE_SLOTS.indexOf('auto');
  const coverage = new Float64Array(2 * slots).fill(NaN);
  coverage[auto] = 0.75;
  coverage[slots + auto] = 1;
  // Series 0 gets new bands; series 1 keeps its own (NaN).
  const bands = Float64Array.from([5, 6, 10, 20, 15, 30, NaN, NaN, NaN, NaN, NaN, NaN]);
  const update = { horizon: 2, indices: Int32Array.from([0, 1]), coverage, bands };
  const autoCoverage = (results: ReturnType<typeof fresh>): number =>
    aggregateResults(results).find((row) => row.slot === 'auto')?.parts.test?.coverage80 ?? NaN;

  it("replaces the series' test coverage and the leaderboard's mean of it", () => {
    const results = fresh();
    expect(autoCoverage(results)).toBeCloseTo((0.5 + 0.5 + 0.25) / 3, 6);
    applyRecalibration(results, update);
    expect(scoreOf(results, 0, scoreOffset('auto', 'test', 'coverage80'))).toBe(0.75);
    expect(autoCoverage(results)).toBeCloseTo((0.75 + 1 + 0.25) / 3, 6);
  });

  it('replaces the exported p10/p50/p90 where the update has them and keeps the point forecast', () => {
    const results = fresh();
    applyRecalibration(results, update);
    const first = results.summaries[0]?.future;
    expect(Array.from(first?.p10 ?? [])).toEqual([5, 6]);
    expect(Array.from(first?.p90 ?? [])).toEqual([15, 30]);
    expect(Array.from(first?.point ?? [])).toEqual([10, 20]);
    expect(Array.from(results.summaries[1]?.future?.p90 ?? [])).toEqual([11, 22]);
  });
});
