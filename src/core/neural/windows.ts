/**
 * Global windowing: windows are drawn across all series and all dates, and training takes steps of
 * sampled mini-batches rather than passes over every window, so 30,000 series cost no more memory
 * than their origin counts. A window at origin `o` reads the lookback [o - lookback, o) and
 * forecasts [o, o + horizon) in one go.
 */
import type { SeriesInput } from '../forecast/types';
import type { InputLayout } from './input-layout';
import type { SeriesParts } from './series-parts';

/** Windows as parallel arrays: window i is series `series[i]` at origin `origins[i]`. */
export interface WindowList {
  series: Int32Array;
  origins: Int32Array;
  /**
   * Validation windows: the first period whose target counts (the series' trainEnd). A window whose
   * origin lies before it reads only the train part and is scored only on validation periods.
   */
  scoredFrom?: Int32Array;
}

/** Validation loss is measured on at most this many windows, evenly spread, to keep checks quick. */
export const MAX_VALIDATION_WINDOWS = 4096;

export interface WindowSet {
  series: SeriesInput[];
  layout: InputLayout;
  /** Training origins of each series run from FIRST_ORIGIN to trainEnd - horizon. Training windows of series [0, s) = trainCumulative[s]; the last entry is the total. */
  trainCumulative: Float64Array;
  validation: WindowList;
}

/** A lookback may start before the series (those steps count as missing), but needs one period. */
const FIRST_ORIGIN = 1;

/**
 * The first validation origin: the earliest whose horizon reaches into the validation part, so a
 * validation part of one horizon is judged from `horizon` origins at every lead, not from one
 * (which made early stopping follow the luck of a single window per series). Its lookback and
 * the targets before trainEnd are train data; only validation periods are scored.
 */
function firstValidationOrigin(part: SeriesParts, horizon: number): number {
  return Math.max(part.trainEnd - horizon + 1, FIRST_ORIGIN);
}

export function buildWindowSet(series: SeriesInput[], parts: SeriesParts[], layout: InputLayout): WindowSet {
  if (parts.length !== series.length) throw new RangeError('One train/validation split per series is needed');
  const { horizon } = layout;
  const trainCumulative = new Float64Array(series.length + 1);
  const validationCounts: number[] = [];
  parts.forEach((part, s) => {
    // Targets [o, o + horizon) must end by trainEnd: no training target reaches validation.
    const trainWindows = Math.max(0, part.trainEnd - horizon - FIRST_ORIGIN + 1);
    trainCumulative[s + 1] = (trainCumulative[s] as number) + trainWindows;
    validationCounts.push(
      Math.max(0, part.validationEnd - horizon - firstValidationOrigin(part, horizon) + 1),
    );
  });
  const totalValidation = validationCounts.reduce((a, b) => a + b, 0);
  const kept = Math.min(totalValidation, MAX_VALIDATION_WINDOWS);
  const scoredFrom = new Int32Array(kept);
  const validation: WindowList = { series: new Int32Array(kept), origins: new Int32Array(kept), scoredFrom };
  // Keep every (total / kept)-th validation window in series-then-origin order.
  let s = 0;
  let before = 0;
  for (let i = 0; i < kept; i++) {
    const global = Math.floor((i * totalValidation) / kept);
    while (global >= before + (validationCounts[s] as number)) before += validationCounts[s++] as number;
    const part = parts[s] as SeriesParts;
    validation.series[i] = s;
    validation.origins[i] = firstValidationOrigin(part, horizon) + (global - before);
    scoredFrom[i] = part.trainEnd;
  }
  return { series, layout, trainCumulative, validation };
}

export function trainingWindowCount(set: WindowSet): number {
  return set.trainCumulative[set.series.length] as number;
}

/** `count` training windows drawn uniformly (with replacement) over all series and origins. */
export function sampleTrainingWindows(set: WindowSet, count: number, random: () => number): WindowList {
  const total = trainingWindowCount(set);
  if (total === 0)
    throw new RangeError('No series is long enough to train on: each needs lookback room plus a horizon');
  const windows: WindowList = { series: new Int32Array(count), origins: new Int32Array(count) };
  const cumulative = set.trainCumulative;
  for (let i = 0; i < count; i++) {
    const k = Math.floor(random() * total);
    // The series whose range of the cumulative counts holds k.
    let lo = 0;
    let hi = set.series.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((cumulative[mid] as number) <= k) lo = mid;
      else hi = mid - 1;
    }
    windows.series[i] = lo;
    windows.origins[i] = FIRST_ORIGIN + (k - (cumulative[lo] as number));
  }
  return windows;
}

export function windowCount(windows: WindowList): number {
  return windows.series.length;
}

export function sliceWindows(windows: WindowList, start: number, end: number): WindowList {
  const slice: WindowList = {
    series: windows.series.subarray(start, end),
    origins: windows.origins.subarray(start, end),
  };
  if (windows.scoredFrom) slice.scoredFrom = windows.scoredFrom.subarray(start, end);
  return slice;
}
