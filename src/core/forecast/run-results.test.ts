import { describe, it, expect } from 'vitest';
import { BAND_LEVELS } from './quantile-grid';
import {
  coverageSlices,
  coverageStride,
  draftOf,
  meanCoverage,
  scoreOf,
  withArrivals,
  withCoverage,
} from './run-results';
import { EVERY_MODEL_LAYOUT, metricsOf, resultsOf } from './run-results-fixture';
import { scoreLayout } from './score-layout';

const mase = EVERY_MODEL_LAYOUT.offset('ets', 'test', 'mase');
const COVERAGE_STRIDE = coverageStride(EVERY_MODEL_LAYOUT);

describe('run results', () => {
  it('keys each series by its id, whatever order results arrive in', () => {
    const results = resultsOf(
      ['a', 'b', 'c'],
      [
        { index: 2, scores: [{ slot: 'ets', part: 'test', metrics: metricsOf({ mase: 0.25 }) }] },
        { index: 0, scores: [{ slot: 'ets', part: 'test', metrics: metricsOf({ mase: 0.5 }) }] },
      ],
    );
    expect(scoreOf(results, 'a', mase)).toBe(0.5);
    expect(scoreOf(results, 'b', mase)).toBeNaN();
    expect(scoreOf(results, 'c', mase)).toBe(0.25);
    expect(results.completed).toBe(2);
    expect(results.positions.get('c')).toBe(2);
  });

  it('publishes a new version and leaves the earlier one as it was', () => {
    const before = resultsOf(['a', 'b'], [{ index: 0, scores: [], future: null }]);
    const failed = withArrivals(before, [{ id: 'b', failure: 'worker crashed' }]);
    expect(failed).not.toBe(before);
    expect(before.completed).toBe(1);
    expect(before.failed.size).toBe(0);
    expect(failed.completed).toBe(2);
    // The series that did not change is the same object in both versions.
    expect(failed.series.get('a')).toBe(before.series.get('a'));
    expect(withArrivals(failed, [])).toBe(failed);
  });

  it('counts a failed series once as finished and keeps what went wrong', () => {
    const results = withArrivals(resultsOf(['a', 'b'], []), [
      { id: 'b', failure: 'worker crashed' },
      { id: 'b', failure: 'worker crashed' },
    ]);
    expect(results.completed).toBe(1);
    expect(results.failed.get('b')).toBe('worker crashed');
    expect(results.summary.unforecastable.get('b')).toBe('worker crashed');
  });
});

describe('draftOf', () => {
  it('counts series in as they arrive and publishes a snapshot that later arrivals leave alone', () => {
    const empty = resultsOf(['a', 'b'], []);
    const draft = draftOf(empty);
    expect(draft.publish()).toBe(empty);
    const one = resultsOf(['a', 'b'], [{ index: 0, scores: [], future: null }]).series.get('a');
    if (one === undefined) throw new Error('fixture has no series a');
    draft.add({ id: 'a', result: one });
    const first = draft.publish();
    expect(draft.publish()).toBe(first);
    draft.add({ id: 'b', failure: 'worker crashed' });
    const second = draft.publish();
    expect(first.completed).toBe(1);
    expect(first.failed.size).toBe(0);
    expect(second.completed).toBe(2);
    expect(second.series.get('a')).toBe(one);
    expect(empty.series.size).toBe(0);
  });
});

describe('withCoverage', () => {
  const future = { model: 'auto(ets)', point: [10, 20], p10: [9, 18], p90: [11, 22] };
  const auto = (coverage: number) => [
    { slot: 'auto' as const, part: 'test' as const, metrics: metricsOf({ mase: 1 }), coverage },
  ];
  const fresh = () =>
    resultsOf(
      ['a', 'b', 'c'],
      [
        { index: 0, scores: auto(0.5), future },
        { index: 1, scores: auto(0.5), future },
        { index: 2, scores: auto(0.25), future: null },
      ],
    );
  const at = (level: number) =>
    EVERY_MODEL_LAYOUT.slotIndex('auto') * BAND_LEVELS.length + BAND_LEVELS.indexOf(level);
  const coverage = new Float64Array(2 * COVERAGE_STRIDE).fill(NaN);
  coverage[at(0.8)] = 0.75;
  coverage[at(0.95)] = 0.9;
  coverage[COVERAGE_STRIDE + at(0.8)] = 1;
  const update = { ids: ['a', 'b'], coverage };
  const coverage80 = EVERY_MODEL_LAYOUT.offset('auto', 'test', 'coverage80');

  it("replaces the series' test coverage and the leaderboard's sums, in a new version only", () => {
    const results = fresh();
    const calibrated = withCoverage(results, [update]);
    expect(scoreOf(calibrated, 'a', coverage80)).toBe(0.75);
    expect(scoreOf(results, 'a', coverage80)).toBe(0.5);
    expect(calibrated.totals.sums[coverage80]).toBeCloseTo(0.75 + 1 + 0.25, 6);
    expect(results.totals.sums[coverage80]).toBeCloseTo(0.5 + 0.5 + 0.25, 6);
    // The score blocks are shared, not copied; the calibrated share stands in for the packed one.
    expect(calibrated.series.get('a')?.scores).toBe(results.series.get('a')?.scores);
    // A second calibration of the same series replaces its share in the sums, not adds to it.
    const again = withCoverage(calibrated, [{ ids: ['a'], coverage: coverage.subarray(COVERAGE_STRIDE) }]);
    expect(scoreOf(again, 'a', coverage80)).toBe(1);
    expect(again.totals.sums[coverage80]).toBeCloseTo(1 + 1 + 0.25, 6);
    expect(again.totals.counts[coverage80]).toBe(3);
  });

  it('counts the coverage in slices of a few series to the same results as at once', () => {
    const whole = withCoverage(fresh(), [update]);
    const pieces = coverageSlices(EVERY_MODEL_LAYOUT, [update], 1);
    expect(pieces.map(({ ids }) => ids)).toEqual([['a'], ['b']]);
    const sliced = withCoverage(fresh(), pieces);
    expect(Array.from(sliced.totals.sums)).toEqual(Array.from(whole.totals.sums));
    expect(Array.from(sliced.totals.counts)).toEqual(Array.from(whole.totals.counts));
    for (const id of ['a', 'b', 'c'])
      expect(sliced.series.get(id)?.coverage).toEqual(whole.series.get(id)?.coverage);
  });

  it('keeps the coverage at every band level, averaged over the series that have it', () => {
    const results = fresh();
    expect(meanCoverage(results, 'auto', 0.8)).toBeNaN();
    const calibrated = withCoverage(results, [update]);
    expect(meanCoverage(calibrated, 'auto', 0.8)).toBeCloseTo((0.75 + 1) / 2, 6);
    expect(meanCoverage(calibrated, 'auto', 0.95)).toBeCloseTo(0.9, 6);
    expect(meanCoverage(calibrated, 'auto', 0.5)).toBeNaN();
  });
});

describe("a run's own layout", () => {
  it('keeps blocks and sums for its models only, and reads its scores back as a full layout does', () => {
    const layout = scoreLayout(['snaive', 'ets'], false);
    const series = [
      {
        index: 0,
        scores: [{ slot: 'ets' as const, part: 'test' as const, metrics: metricsOf({ mase: 0.5 }) }],
      },
    ];
    const small = resultsOf(['a'], series, layout);
    const full = resultsOf(['a'], series);
    expect(small.series.get('a')?.scores).toHaveLength(layout.seriesStride);
    expect(small.totals.sums).toHaveLength(layout.seriesStride);
    expect(scoreOf(small, 'a', layout.offset('ets', 'test', 'mase'))).toBe(
      scoreOf(full, 'a', EVERY_MODEL_LAYOUT.offset('ets', 'test', 'mase')),
    );
    expect(meanCoverage(small, 'auto', 0.8)).toBeNaN();
  });
});
