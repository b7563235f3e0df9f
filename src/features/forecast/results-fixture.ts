/** Builds streamed results from a few hand-made series outcomes, for the forecast step's tests. */
import type { ForecastMetrics } from '../../core/metrics/forecast-metrics';
import type { SeriesOutcome } from '../../workers/forecast-protocol';
import { emptyScores, packMetrics, type ScorePart, type ScoreSlot } from '../../workers/forecast-scores';
import { addOutcome, createResults, type ForecastResults } from './forecast-results';

export function metricsOf(patch: Partial<ForecastMetrics>): ForecastMetrics {
  return {
    count: 4,
    mse: NaN,
    rmse: NaN,
    mae: NaN,
    mape: NaN,
    mapeSkipped: 0,
    smape: NaN,
    mase: NaN,
    wape: NaN,
    bias: NaN,
    sumAbsError: 0,
    sumAbsActual: 0,
    ...patch,
  };
}

export interface FixtureSeries {
  index: number;
  scores: { slot: ScoreSlot; part: ScorePart; metrics: ForecastMetrics; coverage?: number }[];
  future?: { model: string; point: number[]; p10: number[]; p90: number[] } | null;
  futureDates?: number[];
  /** Set (to any note) for a series Auto chose ETS for. */
  reason?: string;
}

export function resultsOf(seriesCount: number, series: FixtureSeries[]): ForecastResults {
  const results = createResults(seriesCount);
  for (const entry of series) {
    const scores = emptyScores();
    for (const score of entry.scores)
      packMetrics(scores, score.slot, score.part, score.metrics, score.coverage);
    const future = entry.future ?? null;
    const outcome: SeriesOutcome = {
      index: entry.index,
      scores,
      evaluated: [],
      skipped: [],
      failures: [],
      demand: 'smooth',
      future:
        future === null
          ? null
          : {
              model: future.model,
              point: Float64Array.from(future.point),
              scale: 1,
              members: ['ets'],
              own: {
                p10: Float64Array.from(future.p10),
                p50: Float64Array.from(future.point),
                p90: Float64Array.from(future.p90),
              },
            },
      ...(future === null ? { unforecastable: 'too-short' as const } : {}),
      futureDates: Int32Array.from(entry.futureDates ?? []),
      choice:
        entry.reason === undefined
          ? null
          : {
              kind: 'single',
              members: ['ets'],
              model: 'auto(ets)',
              reason: { code: 'lowest', model: 'ets', score: 0.5 },
              metric: 'mase',
              basis: 'validation',
            },
      form: null,
    };
    addOutcome(results, outcome);
  }
  return results;
}
