import { describe, it, expect } from 'vitest';
import { scoreOffset } from '../../workers/forecast-scores';
import { addFailure, scoreOf } from './forecast-results';
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
