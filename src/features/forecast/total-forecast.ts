/**
 * The total over all series as the page shows it: which series it sums, their total's distribution
 * (core/forecast/total-distribution.ts), and the summed history for the chart.
 *
 * Series that end on different dates forecast different calendar periods, so a period-by-period
 * total needs them aligned: the total sums the series whose forecast starts on the most common
 * first date (the latest such date on a tie), and says how many others it leaves out. Whether
 * a total is meaningful at all the page cannot know for sure (it assumes the series count the same
 * kind of thing, as the sales column does); it opens on the total when at least two series share
 * its dates, and otherwise on the top seller (a total of one series is that series).
 *
 * It is built after the run in slices of SLICE_SERIES series (totalForecastInSlices, run by
 * features/shared/in-slices.ts): 30,000 series' distributions, band ends and history made one long
 * task of the main thread.
 */
import { forecastDistribution, type ForecastDistribution } from '../../core/forecast/distribution';
import { totalDistributionInSlices } from '../../core/forecast/total-bands';
import type { TotalDistribution } from '../../core/forecast/total-distribution';
import type { Dataset } from '../../core/dataset/types';
import type { ForecastRun } from './forecast-slice';

export interface TotalForecast {
  distribution: TotalDistribution;
  /** The future periods' day numbers. */
  dates: Int32Array;
  /** The series in the total, in index order. */
  members: number[];
  /** Forecast series left out because their forecast starts on another date. */
  leftOut: number;
  /** True when the run measured how the series' errors add up (else the series' quantiles are summed). */
  measured: boolean;
  /** The members' actual sales summed per history date (summedHistory), for the chart. */
  history: { dates: Int32Array; y: Float64Array };
}

/** What the total reads of a run. */
export type TotalSource = Pick<ForecastRun, 'results' | 'calibration' | 'dataset'>;

/** Fewer series than this in the total and the page opens on the top seller instead. */
export const MIN_TOTAL_SERIES = 2;

/** Series per slice of the total's work: a few ms each on a slow machine. */
export const SLICE_SERIES = 100;

/** The first forecast date most series share (the latest on a tie), how many share it, how many forecast. */
function commonStart(run: TotalSource): { start: number; most: number; forecast: number } {
  const starts = new Map<number, number>();
  let forecast = 0;
  run.results.series.forEach((summary) => {
    if (summary.future === null || summary.futureDates.length === 0) return;
    forecast++;
    const first = summary.futureDates[0] as number;
    starts.set(first, (starts.get(first) ?? 0) + 1);
  });
  let start = NaN;
  let most = 0;
  for (const [day, count] of starts) {
    if (count > most || (count === most && day > start)) {
      start = day;
      most = count;
    }
  }
  return { start, most, forecast };
}

/**
 * The total over the series that share the common start, or null when fewer than
 * MIN_TOTAL_SERIES do; yields after each `slice` series of work.
 */
export function* totalForecastInSlices(
  run: TotalSource,
  slice = SLICE_SERIES,
): Generator<void, TotalForecast | null, void> {
  const { series, positions } = run.results;
  const { start, most, forecast } = commonStart(run);
  if (most < MIN_TOTAL_SERIES) return null;
  const members: number[] = [];
  const distributions: ForecastDistribution[] = [];
  let dates: Int32Array | null = null;
  for (const [id, summary] of series) {
    if (summary.future === null || summary.futureDates[0] !== start) continue;
    members.push(positions.get(id) as number);
    dates ??= summary.futureDates;
    distributions.push(forecastDistribution(summary.future, run.calibration));
    if (distributions.length % slice === 0) yield;
  }
  const total = run.calibration?.total ?? null;
  const horizon = (dates as Int32Array | null)?.length ?? 0;
  const distribution = yield* totalDistributionInSlices(distributions, total, horizon, slice);
  const history = yield* summedHistoryInSlices(run.dataset, members, slice);
  return {
    distribution,
    dates: dates ?? new Int32Array(0),
    members,
    leftOut: forecast - members.length,
    measured: total !== null,
    history,
  };
}

/** The series with the largest forecast over the horizon; -1 when none was forecast. */
export function topSeller(run: ForecastRun): number {
  let best = -1;
  let bestSum = -Infinity;
  const { series, positions } = run.results;
  series.forEach((summary, id) => {
    if (summary.future === null) return;
    const sum = summary.future.point.reduce((total, value) => total + value, 0);
    const index = positions.get(id) as number;
    // Ties go to the first series in the data, whatever order results arrived in.
    if (sum > bestSum || (sum === bestSum && index < best)) {
      best = index;
      bestSum = sum;
    }
  });
  return best;
}

/**
 * Actual sales summed over `members` per history date (the union of their dates, ascending), in
 * slices of `slice` members. One slot per day between the first and the last date, so 30,000
 * series sum without a Map look-up per row; a period without a value (missing, not selling) adds
 * nothing, but its date stays.
 */
export function* summedHistoryInSlices(
  dataset: Dataset,
  members: readonly number[],
  slice: number,
): Generator<void, { dates: Int32Array; y: Float64Array }, void> {
  let first = Infinity;
  let last = -Infinity;
  for (const s of members) {
    const start = dataset.seriesStart[s] as number;
    const end = dataset.historyEnd[s] as number;
    if (end <= start) continue;
    first = Math.min(first, dataset.dates[start] as number);
    last = Math.max(last, dataset.dates[end - 1] as number);
  }
  if (!(last >= first)) return { dates: new Int32Array(0), y: new Float64Array(0) };
  const sums = new Float64Array(last - first + 1);
  const seen = new Uint8Array(last - first + 1);
  for (let m = 0; m < members.length; m++) {
    const s = members[m] as number;
    const end = dataset.historyEnd[s] as number;
    for (let row = dataset.seriesStart[s] as number; row < end; row++) {
      const slot = (dataset.dates[row] as number) - first;
      const value = dataset.target[row] as number;
      seen[slot] = 1;
      if (Number.isFinite(value)) sums[slot] = (sums[slot] as number) + value;
    }
    if ((m + 1) % slice === 0) yield;
  }
  const dates: number[] = [];
  const y: number[] = [];
  seen.forEach((flag, slot) => {
    if (flag === 1) {
      dates.push(first + slot);
      y.push(sums[slot] as number);
    }
  });
  return { dates: Int32Array.from(dates), y: Float64Array.from(y) };
}
