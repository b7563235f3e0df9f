/**
 * The results of one run, as the page, the exports and the inventory step read them: per series id
 * (not position), immutable. Series stream in from the pool; each refresh publishes a new
 * RunResults (withArrivals, withCoverage) that shares every unchanged series with the one before,
 * so a view can tell "changed" by identity and nothing is written under a render. Workers send the
 * wire format (workers/forecast-protocol.ts: a position and Float64 scores); the forecast controller
 * turns it into these records.
 */
import type { AutoChoice } from './auto';
import type { StoredForecast } from './distribution';
import type { ForecastForm } from './model-form';
import { createModelFormStore, type ModelFormStore } from './model-form-store';
import type { DemandKind } from './models/intermittent';
import type { SplitAdaptation } from './split';
import { BAND_LEVELS } from './quantile-grid';
import { copySummary, createRunSummary, tallyResult, type RunSummary } from './run-summary';
import type { ScoreLayout, ScoreSlot } from './score-layout';
import {
  addSeriesScores,
  copyTotals,
  createScoreTotals,
  replaceInTotals,
  type ScoreTotals,
} from './score-totals';
import type { StoredBackcast } from './stored-backcast';
import type { ModelDescription, ModelId } from './types';

export interface ModelFailure {
  readonly id: ModelId;
  readonly message: string;
}

/** One fitted model behind a forecast: its form and parameters, for "what drove the forecast". */
export interface DescribedModel {
  readonly id: ModelId;
  readonly description: ModelDescription;
}

/** What a run keeps of one series besides its scores (the wire outcome carries the same). */
export interface SeriesFacts {
  readonly evaluated: readonly ModelId[];
  /** Expensive models left out because the time budget was spent. */
  readonly skipped: readonly ModelId[];
  readonly failures: readonly ModelFailure[];
  readonly demand: DemandKind;
  /** The exported forecast (Auto's, or the chosen model's); null when the series could not be forecast. */
  readonly future: StoredForecast | null;
  /** Why `future` is null, as a code: the page words it with the dataset's figures (unforecastable-reason.ts). */
  readonly unforecastable?: 'too-short' | 'no-model';
  readonly futureDates: Int32Array;
  /** Auto's choice (Auto runs only). */
  readonly choice: Pick<AutoChoice, 'kind' | 'members' | 'model' | 'reason' | 'metric' | 'basis'> | null;
  /** Form of the model behind `future` (a code the page words); null when it has none. */
  readonly form: ForecastForm | null;
  /** Set when the series was too short for the requested split (split.ts). */
  readonly splitAdapted?: SplitAdaptation;
  /** The validation and test forecasts of the source behind `future`, over the chart's recent view. */
  readonly backcast: StoredBackcast | null;
  /** The fitted model(s) behind `future` (Auto: the ones it chose). */
  readonly descriptions: readonly DescribedModel[];
}

export interface SeriesResult extends Omit<SeriesFacts, 'descriptions'> {
  /**
   * Where the run's model-form store keeps the fitted models behind `future` (read them with
   * `results.forms.read`): packed, not objects per series (model-form-store.ts).
   */
  readonly described: number;
  /**
   * Packed scores as the worker measured them (score-layout.ts), the run layout's stride: Float32
   * halves 30,000 series' memory. Read them through seriesScore, which knows the calibrated coverage.
   */
  readonly scores: Float32Array;
  /**
   * Test coverage of each score slot's band at each of BAND_LEVELS under the run's calibration
   * (the layout's slots × BAND_LEVELS; NaN where it has none); null until the run is calibrated. Its
   * p10–p90 share stands in for the packed test coverage.
   */
  readonly coverage: Float32Array | null;
}

export interface RunResults {
  /** The run's series in the data's order: a series' position ranks it in tables and lists. */
  readonly seriesIds: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  /** Where each model's scores sit in a series' block: the run's models only (score-layout.ts). */
  readonly layout: ScoreLayout;
  /** Series with a result so far. */
  readonly series: ReadonlyMap<string, SeriesResult>;
  /** Series whose evaluation broke, with what went wrong. */
  readonly failed: ReadonlyMap<string, string>;
  /** Series finished (with a result or a failure). */
  readonly completed: number;
  /** Sums of every series' scores, for the leaderboard. */
  readonly totals: ScoreTotals;
  /** Counts for the progress line and notes. */
  readonly summary: RunSummary;
  /** The series' fitted model descriptions, packed; one store, appended to, for every version of the run. */
  readonly forms: ModelFormStore;
}

/** A series' result, or why its evaluation broke. */
export type SeriesArrival =
  { readonly id: string; readonly result: SeriesResult } | { readonly id: string; readonly failure: string };

/** Coverage values per series: each slot of the layout at each of BAND_LEVELS. */
export function coverageStride(layout: ScoreLayout): number {
  return layout.slots.length * BAND_LEVELS.length;
}

export function createRunResults(seriesIds: readonly string[], layout: ScoreLayout): RunResults {
  return {
    seriesIds,
    positions: new Map(seriesIds.map((id, position) => [id, position])),
    layout,
    series: new Map(),
    failed: new Map(),
    completed: 0,
    totals: createScoreTotals(layout),
    summary: createRunSummary(),
    forms: createModelFormStore(),
  };
}

/**
 * A series' record from what its worker sent (scores narrowed to Float32, not yet calibrated, its
 * descriptions packed into the run's store).
 */
export function seriesResultOf(
  forms: ModelFormStore,
  facts: SeriesFacts,
  scores: ArrayLike<number>,
): SeriesResult {
  const { descriptions, ...rest } = facts;
  return { ...rest, described: forms.add(descriptions), scores: Float32Array.from(scores), coverage: null };
}

/**
 * The next version of a run's results while series stream in: arrivals are counted in one by one
 * as they come (each a small piece of main-thread work), and `publish` hands out an immutable
 * snapshot at each refresh (a copy of the maps and sums: a few ms for 30,000 series). Private to
 * the one who streams the series in; everyone else reads published versions.
 */
export interface RunResultsDraft {
  /** The run's model-form store, for seriesResultOf. */
  readonly forms: ModelFormStore;
  add(arrival: SeriesArrival): void;
  /** The test coverage under the run's calibration (see withCoverage). */
  addCoverage(update: CoverageUpdate): void;
  /** The results as they are now; unchanged since the last publish, the same object again. */
  publish(): RunResults;
}

/** One pool worker's series under the run's calibration: row r of `coverage` belongs to `ids[r]`. */
export interface CoverageUpdate {
  readonly ids: readonly string[];
  /** coverageStride(layout) values per series; NaN keeps what was there. */
  readonly coverage: ArrayLike<number>;
}

/**
 * The updates cut into pieces of at most `slice` series, in order: added one piece per task, the
 * coverage of 30,000 series does not hold the main thread in one long task (the result is the same
 * as adding the whole updates).
 */
export function coverageSlices(
  layout: ScoreLayout,
  updates: readonly { readonly ids: readonly string[]; readonly coverage: Float64Array }[],
  slice: number,
): CoverageUpdate[] {
  const stride = coverageStride(layout);
  return updates.flatMap(({ ids, coverage }) =>
    Array.from({ length: Math.ceil(ids.length / slice) }, (_, k) => {
      const from = k * slice;
      const to = Math.min(ids.length, from + slice);
      return {
        ids: ids.slice(from, to),
        coverage: coverage.subarray(from * stride, to * stride),
      };
    }),
  );
}

export function draftOf(results: RunResults): RunResultsDraft {
  let published = results;
  const series = new Map(results.series);
  const failed = new Map(results.failed);
  const totals = copyTotals(results.totals);
  const summary = copySummary(results.summary);
  let completed = results.completed;
  let changed = false;
  const { layout } = results;
  const stride = coverageStride(layout);
  const { testCoverage } = coverageOffsets(layout);

  const add = (arrival: SeriesArrival): void => {
    changed = true;
    const { id } = arrival;
    const previous = series.get(id);
    if ('failure' in arrival) {
      if (previous === undefined) {
        if (!failed.has(id)) completed++;
        summary.unforecastable.set(id, arrival.failure);
      }
      failed.set(id, arrival.failure);
      return;
    }
    if (previous === undefined) {
      if (failed.has(id)) summary.unforecastable.delete(id);
      else completed++;
    } else {
      addSeriesScores(totals, previous.scores, -1);
      tallyResult(summary, id, previous, -1);
    }
    addSeriesScores(totals, arrival.result.scores, 1);
    tallyResult(summary, id, arrival.result, 1);
    series.set(id, arrival.result);
  };

  const addCoverage = ({ ids, coverage: shares }: CoverageUpdate): void => {
    ids.forEach((id, r) => {
      const previous = series.get(id);
      if (previous === undefined) return;
      changed = true;
      const coverage = previous.coverage?.slice() ?? new Float32Array(stride).fill(NaN);
      for (let at = 0; at < stride; at++) {
        const value = shares[r * stride + at] as number;
        if (!Number.isNaN(value)) coverage[at] = value;
      }
      // The score block is shared, not copied: 30,000 series' blocks are tens of MB.
      const next = { ...previous, coverage };
      for (const offset of testCoverage) {
        replaceInTotals(
          totals,
          previous.scores,
          offset,
          seriesScore(results, previous, offset),
          seriesScore(results, next, offset),
        );
      }
      series.set(id, next);
    });
  };

  const publish = (): RunResults => {
    if (!changed) return published;
    changed = false;
    published = {
      ...results,
      series: new Map(series),
      failed: new Map(failed),
      totals: copyTotals(totals),
      summary: copySummary(summary),
      completed,
    };
    return published;
  };

  return { forms: results.forms, add, addCoverage, publish };
}

/** The results with these series added (a series that arrives again replaces its earlier result). */
export function withArrivals(results: RunResults, arrivals: readonly SeriesArrival[]): RunResults {
  const draft = draftOf(results);
  for (const arrival of arrivals) draft.add(arrival);
  return draft.publish();
}

const LEVEL_80 = BAND_LEVELS.indexOf(0.8);

interface CoverageOffsets {
  /** Where each slot's p10–p90 test coverage sits in a score block. */
  readonly testCoverage: readonly number[];
  /** For each offset in a score block: the slot whose p10–p90 test coverage it holds, + 1 (0: none). */
  readonly slotAt: Int16Array;
}

const COVERAGE_OFFSETS = new WeakMap<ScoreLayout, CoverageOffsets>();

function coverageOffsets(layout: ScoreLayout): CoverageOffsets {
  const known = COVERAGE_OFFSETS.get(layout);
  if (known !== undefined) return known;
  const testCoverage = layout.slots.map((slot) => layout.offset(slot, 'test', 'coverage80'));
  const slotAt = new Int16Array(layout.seriesStride);
  testCoverage.forEach((offset, s) => {
    slotAt[offset] = s + 1;
  });
  const offsets = { testCoverage, slotAt };
  COVERAGE_OFFSETS.set(layout, offsets);
  return offsets;
}

/**
 * One field of one of the run's series' scores (an offset of `results.layout`), the p10–p90 test
 * coverage under the run's calibration once it is in.
 */
export function seriesScore(
  results: Pick<RunResults, 'layout'>,
  result: SeriesResult,
  offset: number,
): number {
  const slot = (coverageOffsets(results.layout).slotAt[offset] ?? 0) - 1;
  if (slot >= 0 && result.coverage !== null) {
    const calibrated = result.coverage[slot * BAND_LEVELS.length + LEVEL_80] as number;
    if (!Number.isNaN(calibrated)) return calibrated;
  }
  return result.scores[offset] ?? NaN;
}

/**
 * The results with the test coverage under the run's calibration, one update per pool worker. The
 * p10–p90 share then stands in for the series' packed test coverage (seriesScore), and the
 * leaderboard's sums follow.
 */
export function withCoverage(results: RunResults, updates: readonly CoverageUpdate[]): RunResults {
  const draft = draftOf(results);
  for (const update of updates) draft.addCoverage(update);
  return draft.publish();
}

/** One field of one series' scores (seriesScore); NaN before it arrives. */
export function scoreOf(results: RunResults, id: string, offset: number): number {
  const result = results.series.get(id);
  return result === undefined ? NaN : seriesScore(results, result, offset);
}

/**
 * Mean over series of a slot's test coverage at a band level (one of BAND_LEVELS), as the metrics
 * table averages the p10–p90 coverage; NaN when no series has one.
 */
export function meanCoverage(results: RunResults, slot: ScoreSlot, level: number): number {
  if (!results.layout.has(slot)) return NaN;
  const at = results.layout.slotIndex(slot) * BAND_LEVELS.length + BAND_LEVELS.indexOf(level);
  let sum = 0;
  let count = 0;
  for (const result of results.series.values()) {
    const value = result.coverage?.[at] ?? NaN;
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count === 0 ? NaN : sum / count;
}
