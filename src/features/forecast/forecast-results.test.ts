import { describe, it, expect } from 'vitest';
import { BAND_LEVELS } from '../../core/forecast/quantile-grid';
import { SCORE_SLOTS, scoreOffset } from '../../workers/forecast-scores';
import { aggregateResults } from './aggregate';
import { addFailure, applyRecalibration, meanCoverage, scoreOf } from './forecast-results';
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
  const width = SCORE_SLOTS.length * BAND_LEVELS.length;
  const at = (slot: 'auto', level: number) =>
    SCORE_SLOTS.indexOf(slot) * BAND_LEVELS.length + BAND_LEVELS.indexOf(level);
  const coverage = new Float64Array(2 * width).fill(NaN);
  coverage[at('auto', 0.8)] = 0.75;
  coverage[at('auto', 0.95)] = 0.9;
  coverage[width + at('auto', 0.8)] = 1;
  const update = { indices: Int32Array.from([0, 1]), coverage };
  const autoCoverage = (results: ReturnType<typeof fresh>): number =>
    aggregateResults(results).find((row) => row.slot === 'auto')?.parts.test?.coverage80 ?? NaN;

  it("replaces the series' test coverage and the leaderboard's mean of it", () => {
    const results = fresh();
    expect(autoCoverage(results)).toBeCloseTo((0.5 + 0.5 + 0.25) / 3, 6);
    applyRecalibration(results, update);
    expect(scoreOf(results, 0, scoreOffset('auto', 'test', 'coverage80'))).toBe(0.75);
    expect(autoCoverage(results)).toBeCloseTo((0.75 + 1 + 0.25) / 3, 6);
  });

  it('keeps the coverage at every band level, averaged over the series that have it', () => {
    const results = fresh();
    expect(meanCoverage(results, 'auto', 0.8)).toBeNaN();
    applyRecalibration(results, update);
    expect(meanCoverage(results, 'auto', 0.8)).toBeCloseTo((0.75 + 1) / 2, 6);
    expect(meanCoverage(results, 'auto', 0.95)).toBeCloseTo(0.9, 6);
    expect(meanCoverage(results, 'auto', 0.5)).toBeNaN();
  });
});
