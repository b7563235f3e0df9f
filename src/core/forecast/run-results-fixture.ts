/** Builds a run's results from a few hand-made series, for the results' and the forecast step's tests. */
import type { ForecastMetrics } from '../metrics/forecast-metrics';
import {
  createRunResults,
  seriesResultOf,
  withArrivals,
  type RunResults,
  type SeriesArrival,
  type SeriesFacts,
} from './run-results';
import { MODEL_REGISTRY } from './model-registry';
import {
  emptyScores,
  packMetrics,
  scoreLayout,
  type ScoreLayout,
  type ScorePart,
  type ScoreSlot,
} from './score-layout';

/** A layout with a slot for every registry model and Auto: an Auto run that fitted everything. */
export const EVERY_MODEL_LAYOUT = scoreLayout(
  MODEL_REGISTRY.map(({ id }) => id),
  true,
);

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
  /** Position of the series in the run's ids. */
  index: number;
  scores: { slot: ScoreSlot; part: ScorePart; metrics: ForecastMetrics; coverage?: number }[];
  future?: { model: string; point: number[]; p10: number[]; p90: number[] } | null;
  futureDates?: number[];
  /** Set (to any note) for a series Auto chose ETS for. */
  reason?: string;
}

/** `ids`: the run's series ids, or how many series (named S0, S1, …). */
export function resultsOf(
  ids: number | readonly string[],
  series: FixtureSeries[],
  layout: ScoreLayout = EVERY_MODEL_LAYOUT,
): RunResults {
  const seriesIds = typeof ids === 'number' ? Array.from({ length: ids }, (_, s) => `S${s}`) : ids;
  const empty = createRunResults(seriesIds, layout);
  const arrivals: SeriesArrival[] = [];
  for (const entry of series) {
    const scores = emptyScores(layout);
    for (const score of entry.scores)
      packMetrics(layout, scores, score.slot, score.part, score.metrics, score.coverage);
    const future = entry.future ?? null;
    const facts: SeriesFacts = {
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
      backcast: null,
      descriptions: [],
    };
    arrivals.push({
      id: seriesIds[entry.index] as string,
      result: seriesResultOf(empty.forms, facts, scores),
    });
  }
  return withArrivals(empty, arrivals);
}
