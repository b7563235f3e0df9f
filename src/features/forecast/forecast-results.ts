/**
 * The results of one run as they stream in, kept columnar: all series' packed scores in one
 * typed array, and per series only the small summary the tables and the export need. It is
 * mutated in place as results arrive; the store's `version` tells React when to look again.
 */
import type { RecalibrationUpdate, SeriesOutcome } from '../../workers/forecast-protocol';
import { SCORE_SLOTS, SERIES_STRIDE, scoreOffset } from '../../workers/forecast-scores';
import { createRunSummary, tallyOutcome, type RunSummary } from './run-summary';
import { addSeriesScores, createScoreTotals, replaceScore, type ScoreTotals } from './score-totals';

export type SeriesSummary = Omit<SeriesOutcome, 'scores'>;

export interface ForecastResults {
  seriesCount: number;
  /** seriesCount × SERIES_STRIDE scores (Float32 halves the memory of 30,000 series; plenty for display). */
  scores: Float32Array;
  summaries: (SeriesSummary | undefined)[];
  /** Series whose evaluation broke, with what went wrong. */
  failed: Map<number, string>;
  /** Series finished (with a result or a failure). */
  completed: number;
  /** Running sums of `scores` for the leaderboard. */
  totals: ScoreTotals;
  /** Running counts for the progress line and notes. */
  summary: RunSummary;
}

export function createResults(seriesCount: number): ForecastResults {
  return {
    seriesCount,
    scores: new Float32Array(seriesCount * SERIES_STRIDE).fill(NaN),
    summaries: new Array<SeriesSummary | undefined>(seriesCount),
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

/**
 * Writes one worker's catalogue-calibrated test coverage and exported bands into the results
 * (in place, like arriving outcomes); NaN entries leave what was there.
 */
export function applyRecalibration(results: ForecastResults, update: RecalibrationUpdate): void {
  const { horizon, indices, coverage, bands } = update;
  const slots = SCORE_SLOTS.length;
  for (let r = 0; r < indices.length; r++) {
    const index = indices[r] as number;
    const summary = results.summaries[index];
    if (summary === undefined) continue;
    const base = index * SERIES_STRIDE;
    for (let slot = 0; slot < slots; slot++) {
      const value = coverage[r * slots + slot] as number;
      if (!Number.isNaN(value))
        replaceScore(results.totals, results.scores, base, TEST_COVERAGE[slot] as number, value);
    }
    const start = r * 3 * horizon;
    if (summary.future !== null && !Number.isNaN(bands[start] as number)) {
      summary.future = {
        ...summary.future,
        p10: bands.subarray(start, start + horizon),
        p50: bands.subarray(start + horizon, start + 2 * horizon),
        p90: bands.subarray(start + 2 * horizon, start + 3 * horizon),
      };
    }
  }
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
  return results.scores[series * SERIES_STRIDE + offset] ?? NaN;
}
