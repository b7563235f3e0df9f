/**
 * The results of one run as they stream in, kept columnar: all series' packed scores in one
 * typed array, and per series only the small summary the tables and the export need. It is
 * mutated in place as results arrive; the store's `version` tells React when to look again.
 */
import { BAND_LEVELS } from '../../core/forecast/quantile-grid';
import type { RecalibrationUpdate, SeriesOutcome } from '../../workers/forecast-protocol';
import {
  SCORE_SLOTS,
  SERIES_STRIDE,
  scoreOffset,
  slotIndex,
  type ScoreSlot,
} from '../../workers/forecast-scores';
import { createRunSummary, tallyOutcome, type RunSummary } from './run-summary';
import { addSeriesScores, createScoreTotals, replaceScore, type ScoreTotals } from './score-totals';

export type SeriesSummary = Omit<SeriesOutcome, 'scores'>;

export interface ForecastResults {
  seriesCount: number;
  /**
   * seriesCount × SERIES_STRIDE scores (Float32 halves the memory of 30,000 series; plenty for
   * display). A series' block is written whole when its outcome arrives; before that it is 0, and
   * scoreOf reads it as NaN (filling 30,000 blocks with NaN up front was one long task).
   */
  scores: Float32Array;
  summaries: (SeriesSummary | undefined)[];
  /** Series whose evaluation broke, with what went wrong. */
  failed: Map<number, string>;
  /** Series finished (with a result or a failure). */
  completed: number;
  /**
   * Test coverage of each score slot's band at each of BAND_LEVELS under the run's calibration
   * (seriesCount × SCORE_SLOTS × BAND_LEVELS; NaN until the run is calibrated).
   */
  coverage: Float32Array;
  /** Running sums of `scores` for the leaderboard. */
  totals: ScoreTotals;
  /** Running counts for the progress line and notes. */
  summary: RunSummary;
}

const COVERAGE_STRIDE = SCORE_SLOTS.length * BAND_LEVELS.length;

export function createResults(seriesCount: number): ForecastResults {
  return {
    seriesCount,
    scores: new Float32Array(seriesCount * SERIES_STRIDE),
    summaries: new Array<SeriesSummary | undefined>(seriesCount),
    coverage: new Float32Array(seriesCount * COVERAGE_STRIDE).fill(NaN),
    failed: new Map(),
    completed: 0,
    totals: createScoreTotals(),
    summary: createRunSummary(),
  };
}

export function addOutcome(results: ForecastResults, outcome: SeriesOutcome): void {
  const { scores, ...summary } = outcome;
  const base = outcome.index * SERIES_STRIDE;
  const previous = results.summaries[outcome.index];
  if (previous === undefined) {
    if (results.failed.has(outcome.index)) results.summary.unforecastable.delete(outcome.index);
    else results.completed++;
  } else {
    addSeriesScores(results.totals, results.scores, base, -1);
    tallyOutcome(results.summary, outcome.index, previous, -1);
  }
  results.scores.set(scores, base);
  addSeriesScores(results.totals, results.scores, base, 1);
  tallyOutcome(results.summary, outcome.index, summary, 1);
  results.summaries[outcome.index] = summary;
}

const TEST_COVERAGE = SCORE_SLOTS.map((slot) => scoreOffset(slot, 'test', 'coverage80'));
const LEVEL_80 = BAND_LEVELS.indexOf(0.8);

/**
 * Writes one worker's catalogue-calibrated test coverage into the results (in place, like arriving
 * outcomes); NaN entries leave what was there. The p10–p90 one also replaces the packed score.
 */
export function applyRecalibration(results: ForecastResults, update: RecalibrationUpdate): void {
  const { indices, coverage } = update;
  const levels = BAND_LEVELS.length;
  for (let r = 0; r < indices.length; r++) {
    const index = indices[r] as number;
    if (results.summaries[index] === undefined) continue;
    const shares = coverage.subarray(r * COVERAGE_STRIDE, (r + 1) * COVERAGE_STRIDE);
    results.coverage.set(shares, index * COVERAGE_STRIDE);
    const base = index * SERIES_STRIDE;
    for (let slot = 0; slot < SCORE_SLOTS.length; slot++) {
      const value = shares[slot * levels + LEVEL_80] as number;
      if (!Number.isNaN(value))
        replaceScore(results.totals, results.scores, base, TEST_COVERAGE[slot] as number, value);
    }
  }
}

/**
 * Mean over series of a slot's test coverage at a band level (one of BAND_LEVELS), as the metrics
 * table averages the p10–p90 coverage; NaN when no series has one.
 */
export function meanCoverage(results: ForecastResults, slot: ScoreSlot, level: number): number {
  const at = slotIndex(slot) * BAND_LEVELS.length + BAND_LEVELS.indexOf(level);
  let sum = 0;
  let count = 0;
  for (let s = 0; s < results.seriesCount; s++) {
    const value = results.coverage[s * COVERAGE_STRIDE + at] as number;
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count === 0 ? NaN : sum / count;
}

export function addFailure(results: ForecastResults, index: number, message: string): void {
  if (results.summaries[index] !== undefined) {
    results.failed.set(index, message);
    return;
  }
  if (!results.failed.has(index)) results.completed++;
  results.failed.set(index, message);
  results.summary.unforecastable.set(index, message);
}

/** One field of one series' scores. */
export function scoreOf(results: ForecastResults, series: number, offset: number): number {
  if (results.summaries[series] === undefined) return NaN;
  return results.scores[series * SERIES_STRIDE + offset] ?? NaN;
}
