import { describe, it, expect } from 'vitest';
import { aggregateResults, rankRows } from './aggregate';
import { metricsOf, resultsOf } from '../../core/forecast/run-results-fixture';

const results = resultsOf(3, [
  {
    index: 0,
    reason: 'ETS: lowest validation MASE',
    scores: [
      {
        slot: 'snaive',
        part: 'test',
        metrics: metricsOf({ mase: 1, mae: 10, sumAbsError: 40, sumAbsActual: 400, mapeSkipped: 1 }),
        coverage: 0.75,
      },
      {
        slot: 'ets',
        part: 'test',
        metrics: metricsOf({ mase: 0.5, mae: 5, sumAbsError: 20, sumAbsActual: 400 }),
        coverage: 1,
      },
      { slot: 'ets', part: 'validation', metrics: metricsOf({ mase: 0.4 }) },
    ],
  },
  {
    index: 1,
    reason: 'ETS: lowest validation MASE',
    scores: [
      {
        slot: 'snaive',
        part: 'test',
        metrics: metricsOf({ mase: 3, mae: 2, sumAbsError: 8, sumAbsActual: 16, mapeSkipped: 2 }),
        coverage: 0.25,
      },
      // MAE undefined for this series (no scored pair): left out of the mean, not counted as 0.
      {
        slot: 'ets',
        part: 'test',
        metrics: metricsOf({ mase: 0.7, sumAbsError: 4, sumAbsActual: 16 }),
        coverage: 0.5,
      },
    ],
  },
]);

describe('aggregateResults', () => {
  const rows = aggregateResults(results);
  const row = (slot: string) => rows.find((r) => r.slot === slot);

  it('averages measures over series, pools WAPE by volume and adds up the counts', () => {
    const snaive = row('snaive')?.parts.test;
    expect(snaive?.mase).toBe(2);
    expect(snaive?.mae).toBe(6);
    expect(snaive?.wape).toBeCloseTo((100 * 48) / 416, 10);
    expect(snaive?.mapeSkipped).toBe(3);
    expect(snaive?.count).toBe(8);
    expect(snaive?.coverage80).toBe(0.5);
    expect(row('ets')?.parts.test?.mae).toBe(5);
    expect(row('ets')?.parts.test?.mase).toBeCloseTo(0.6, 6);
  });

  it('lists only models that were scored, with the series they were scored on', () => {
    expect(rows.map((r) => r.slot)).toEqual(['snaive', 'ets']);
    expect(row('ets')?.series).toBe(2);
    expect(row('ets')?.parts.train).toBeNull();
    expect(row('ets')?.parts.validation?.mase).toBeCloseTo(0.4, 6);
  });

  it('ranks the leaderboard by the chosen metric, lowest first', () => {
    expect(rankRows(rows, 'mase', 'test').map((r) => r.slot)).toEqual(['ets', 'snaive']);
    // Ranked on validation, snaive has no score and goes last.
    expect(rankRows(rows, 'mase', 'validation').map((r) => r.slot)).toEqual(['ets', 'snaive']);
  });
});
