/**
 * The pooled regression's round at the start of a run (docs/architecture.md, "The pooled
 * regression"): the main thread cuts a seeded sample of the series out of the Dataset and sends them
 * to the pool workers in batches; each worker sums their rows into its partial normal equations;
 * one worker merges every worker's sums and solves; the fit then travels with the run's settings,
 * so every worker (and the chart's) forecasts each series from the one fit. Summing is exact and
 * order-free, so the fit does not depend on the pool size or on which worker got which series.
 */
import type { Dataset } from '../core/dataset/types';
import {
  addSeries,
  createPooledPartial,
  mergePooledPartials,
  pooledCalendar,
  solvePooled,
  type PooledFit,
  type PooledPartial,
  type PooledSetup,
} from '../core/forecast/pooled/pooled-fit';
import { pooledLayout } from '../core/forecast/pooled/pooled-features';
import { buildSeriesInput } from '../core/forecast/series-input';
import type { SeriesInput } from '../core/forecast/types';
import { mulberry32 } from '../core/metrics/seeded-random';
import type { ForecastClient } from './forecast-pool';
import type { RunSettings } from './forecast-protocol';

/**
 * Series the fit is made on at most. A regression of a few dozen columns is settled long before a
 * thousand series' histories (hundreds of thousands of rows); summing 30,000 would only add time.
 */
export const MAX_POOLED_SERIES = 1000;
/** Series per message at most; fewer for a small sample, so every worker gets a share. */
const MAX_SERIES_PER_MESSAGE = 25;

/** True when the run evaluates the pooled regression: Auto runs, and runs of the model itself. */
export function runsPooled(settings: Pick<RunSettings, 'model'>): boolean {
  return settings.model === 'auto' || settings.model === 'pooled';
}

/** Columns and calendar blocks from the Dataset: its frequency, covariates and history dates. */
export function pooledSetupOf(dataset: Dataset): PooledSetup | null {
  let first = Infinity;
  let end = -Infinity;
  for (let s = 0; s < dataset.seriesIds.length; s++) {
    const start = dataset.seriesStart[s] as number;
    const historyEnd = dataset.historyEnd[s] as number;
    if (historyEnd <= start) continue;
    first = Math.min(first, dataset.dates[start] as number);
    end = Math.max(end, (dataset.dates[historyEnd - 1] as number) + 1);
  }
  if (!Number.isFinite(first)) return null;
  return {
    layout: pooledLayout(
      dataset.frequency,
      dataset.covariates.map((covariate) => covariate.kind),
    ),
    calendar: pooledCalendar(first, end),
    covariateNames: dataset.covariates.map((covariate) => covariate.name),
  };
}

/** Up to MAX_POOLED_SERIES series indices, a seeded sample (all of them when there are fewer), ascending. */
export function pooledSample(seriesCount: number, seed: number): number[] {
  const indices = Array.from({ length: seriesCount }, (_, i) => i);
  if (seriesCount <= MAX_POOLED_SERIES) return indices;
  const random = mulberry32(seed);
  for (let i = 0; i < MAX_POOLED_SERIES; i++) {
    const j = i + Math.floor(random() * (seriesCount - i));
    [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
  }
  return indices.slice(0, MAX_POOLED_SERIES).sort((a, b) => a - b);
}

/** A pool worker's side: the partial sums of the series it was sent. */
export interface PooledSums {
  partial: PooledPartial | null;
}

export function addToSums(sums: PooledSums, setup: PooledSetup, inputs: readonly SeriesInput[]): null {
  const partial = sums.partial ?? createPooledPartial(setup);
  sums.partial = partial;
  for (const input of inputs) addSeries(partial, input);
  return null;
}

/** Merges the workers' sums (those that got any series) and solves; null when none did. */
export function solveSums(partials: readonly (PooledPartial | null)[]): PooledFit | null {
  const [first, ...rest] = partials.filter((partial): partial is PooledPartial => partial !== null);
  if (first === undefined) return null;
  for (const partial of rest) mergePooledPartials(first, partial);
  return solvePooled(first);
}

/** The buffers of freshly cut inputs (each array owns its buffer), listed once each. */
function inputTransferables(input: SeriesInput): ArrayBuffer[] {
  const buffers = [input.y.buffer, input.dates.buffer, ...input.covariates.map((c) => c.values.buffer)];
  return [...new Set(buffers)].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/**
 * The round itself, on the run's workers: batches of the sample while series are left (each worker
 * takes the next batch when it has summed its last), then sums in, one solve. Resolves null when no
 * series had history to sum.
 */
export async function fitPooledInPool(
  dataset: Dataset,
  seed: number,
  pool: readonly ForecastClient[],
): Promise<PooledFit | null> {
  const setup = pooledSetupOf(dataset);
  if (setup === null) return null;
  const sample = pooledSample(dataset.seriesIds.length, seed);
  const perMessage = Math.max(
    1,
    Math.min(MAX_SERIES_PER_MESSAGE, Math.ceil(sample.length / (pool.length * 4))),
  );
  let next = 0;
  const feed = async (client: ForecastClient): Promise<void> => {
    while (next < sample.length) {
      const indices = sample.slice(next, next + perMessage);
      next += indices.length;
      // Only the history is summed, so the horizon of the cut does not matter: one period.
      const inputs = indices.map((index) => buildSeriesInput(dataset, index, 1));
      await client.call(
        { type: 'pooled-add', setup, inputs },
        { transfer: inputs.flatMap(inputTransferables) },
      ).result;
    }
  };
  await Promise.all(pool.map(feed));
  const partials = await Promise.all(pool.map((client) => client.call({ type: 'pooled-send' }).result));
  const [solver] = pool;
  if (solver === undefined) return null;
  return solver.call({ type: 'pooled-solve', partials }).result;
}
