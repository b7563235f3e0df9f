/**
 * The results of one run as they stream in, kept columnar: all series' packed scores in one
 * typed array, and per series only the small summary the tables and the export need. It is
 * mutated in place as results arrive; the store's `version` tells React when to look again.
 */
import type { SeriesOutcome } from '../../workers/forecast-protocol';
import { SERIES_STRIDE } from '../../workers/forecast-scores';

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
}

export function createResults(seriesCount: number): ForecastResults {
  return {
    seriesCount,
    scores: new Float32Array(seriesCount * SERIES_STRIDE).fill(NaN),
    summaries: new Array<SeriesSummary | undefined>(seriesCount),
    failed: new Map(),
    completed: 0,
  };
}

export function addOutcome(results: ForecastResults, outcome: SeriesOutcome): void {
  const { scores, ...summary } = outcome;
  if (results.summaries[outcome.index] === undefined) results.completed++;
  results.scores.set(scores, outcome.index * SERIES_STRIDE);
  results.summaries[outcome.index] = summary;
}

export function addFailure(results: ForecastResults, index: number, message: string): void {
  if (!results.failed.has(index) && results.summaries[index] === undefined) results.completed++;
  results.failed.set(index, message);
}

/** One field of one series' scores. */
export function scoreOf(results: ForecastResults, series: number, offset: number): number {
  return results.scores[series * SERIES_STRIDE + offset] ?? NaN;
}
