import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../workers/forecast-test-dataset';
import type { ForecastRun } from './forecast-slice';
import { resultsOf } from '../../core/forecast/run-results-fixture';
import { summedHistoryInSlices, topSeller, totalForecastInSlices } from './total-forecast';

/** Runs sliced work to its end at once. */
function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
const totalForecast = (run: ForecastRun) => drain(totalForecastInSlices(run, 1));

const future = (point: number[]) => ({
  model: 'auto(ets)',
  point,
  p10: point.map((value) => value - 2),
  p90: point.map((value) => value + 3),
});

/** A run with only what the total reads: results, calibration and the dataset (sales of days 98 and 99). */
function runOf(results: ReturnType<typeof resultsOf>): ForecastRun {
  const dataset = datasetOf(
    Array.from({ length: 4 }, (_, s) => ({ id: `S${s}`, values: [s, 10 * s] })),
    'daily',
    98,
  );
  return { results, calibration: null, dataset } as unknown as ForecastRun;
}

describe('totalForecast', () => {
  const results = resultsOf(4, [
    { index: 0, scores: [], future: future([10, 20]), futureDates: [100, 101] },
    { index: 1, scores: [], future: future([30, 0]), futureDates: [100, 101] },
    // Ends a day later: another calendar, left out of the total.
    { index: 2, scores: [], future: future([500, 500]), futureDates: [101, 102] },
    { index: 3, scores: [], future: null },
  ]);

  it('sums the series that share the most common forecast dates and counts the others', () => {
    const total = totalForecast(runOf(results));
    expect(total?.members).toEqual([0, 1]);
    expect(total?.leftOut).toBe(1);
    expect(Array.from(total?.dates ?? [])).toEqual([100, 101]);
    expect(Array.from(total?.distribution.point ?? [])).toEqual([40, 20]);
    // Without the run's calibration the series' own bands are summed (nothing measured).
    expect(total?.measured).toBe(false);
    // The chart's history: the members' sales summed per date.
    expect(Array.from(total?.history.dates ?? [])).toEqual([98, 99]);
    expect(Array.from(total?.history.y ?? [])).toEqual([1, 10]);
    expect(total?.distribution.quantile(0, 0.9)).toBeCloseTo(46, 9);
    expect(total?.distribution.quantiles(0.9)[0]).toBeCloseTo(46, 9);
  });

  it('is not drawn for fewer than two series: the page opens on the top seller instead', () => {
    const single = resultsOf(2, [
      { index: 0, scores: [], future: future([1, 1]), futureDates: [5, 6] },
      { index: 1, scores: [], future: future([9, 9]), futureDates: [6, 7] },
    ]);
    expect(totalForecast(runOf(single))).toBeNull();
    expect(topSeller(runOf(single))).toBe(1);
    expect(topSeller(runOf(results))).toBe(2);
  });
});

describe('summedHistory', () => {
  it('sums actual sales by date over the members, a date of any member kept', () => {
    const dataset = datasetOf(
      [
        { id: 'a', values: [1, 2, 3] },
        { id: 'b', values: [10, Number.NaN, 30, 40] },
        { id: 'c', values: [100, 100] },
      ],
      'daily',
      1000,
    );
    const { dates, y } = drain(summedHistoryInSlices(dataset, [0, 1], 1));
    expect(Array.from(dates)).toEqual([1000, 1001, 1002, 1003]);
    expect(Array.from(y)).toEqual([11, 2, 33, 40]);
  });
});
