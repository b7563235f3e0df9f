/**
 * Turns windows into the flat arrays the network reads: each window scaled by its own lookback,
 * covariates with their past values along the lookback and their planned values over the horizon,
 * calendar features on both, the last season's sales on the horizon when the layout has them, and
 * the scaled targets with a mask where sales are missing (or, in a validation window that starts in
 * the train part, before the validation part).
 *
 * A covariate the file has no plan for (`carriedForward`) reads, over every window's horizon, its
 * typical value before the window's origin, as AR-X assumes it (arx-typical-future.ts): the real
 * future forecast has only that guess, so the windows the network learns and is validated on must
 * not show it the values that really followed, or it learns to trust a plan that is not there
 * (a promotion in the last week carried over the whole horizon).
 */
import { addPeriods } from '../dataset/frequency';
import { typicalValue, typicalValueBefore } from '../forecast/models/arx-typical-future';
import type { SeriesInput } from '../forecast/types';
import { writeCalendarFeatures } from './calendar-features';
import { SALES_COLUMNS, writeCovariateColumns, type InputLayout } from './input-layout';
import { writeSeasonalLag } from './seasonal-lag';
import { robustWindowScale } from './window-scale';
import { windowCount, type WindowList } from './windows';

export interface WindowBatch {
  size: number;
  /**
   * [lookback, size, stepColumns]: time-major, so per-step slices are contiguous (tfjs's CPU
   * backend slices any other axis element by element, which dominated training time).
   */
  sequence: Float32Array;
  /** [size, horizon · futureStepColumns]: the horizon steps one after another. */
  future: Float32Array;
  seriesIndex: Int32Array;
  /** [size, horizon] targets in the window's scale; 0 where `mask` is 0. */
  target: Float32Array;
  /** [size, horizon]: 1 where the target period has sales, else 0 (also past the history's end). */
  mask: Float32Array;
  /** Per window: forecast = network output · scale + center. */
  center: Float64Array;
  scale: Float64Array;
}

/** The day number of period t, continuing the series' calendar before its first and after its last date. */
function dayAt(series: SeriesInput, t: number): number {
  const { dates, frequency } = series;
  if (t < 0) return addPeriods(dates[0] as number, frequency, t);
  if (t >= dates.length)
    return addPeriods(dates[dates.length - 1] as number, frequency, t - dates.length + 1);
  return dates[t] as number;
}

/**
 * Writes every covariate's columns at period t (zeros where the covariate has no value there);
 * `assumed[c]`, where not null, replaces covariate c's value (an unplanned horizon's typical value;
 * NaN for a category: no category); `references[c]` is a relative covariate's usual value in the window.
 */
function writeCovariatesAt(
  series: SeriesInput,
  layout: InputLayout,
  t: number,
  out: Float32Array,
  offset: number,
  references: readonly number[],
  assumed?: readonly (number | null)[],
): number {
  let column = offset;
  layout.covariates.forEach((encoding, c) => {
    const given = assumed?.[c] ?? null;
    const value = given !== null ? given : t >= 0 ? (series.covariates[c]?.values[t] ?? NaN) : NaN;
    writeCovariateColumns(encoding, value, out, column, references[c]);
    column += encoding.columns;
  });
  return column;
}

/**
 * Per covariate, the window's usual value that a relative covariate is read against: the median of
 * its positive values over the lookback [origin − lookback, origin); NaN for the others and where
 * the lookback has none (an item not yet listed).
 */
function lookbackReferences(series: SeriesInput, layout: InputLayout, origin: number): number[] {
  return layout.covariates.map((encoding, c) => {
    if (!encoding.relative) return NaN;
    const values = series.covariates[c]?.values;
    if (!values) return NaN;
    const positive: number[] = [];
    for (let t = Math.max(0, origin - layout.lookback); t < origin; t++) {
      const v = values[t] as number;
      if (v > 0) positive.push(v);
    }
    return typicalValue(positive);
  });
}

/**
 * Per covariate, the value its horizon takes from `origin` on: typical when unplanned (for a
 * category possibly NaN, no category), else null (its own values; also for an unplanned number with
 * nothing observed to take a typical value from).
 */
function assumedFuture(
  series: SeriesInput,
  layout: InputLayout,
  origin: number,
): (number | null)[] | undefined {
  if (!series.covariates.some((covariate) => covariate.carriedForward)) return undefined;
  return layout.covariates.map((_, c) => {
    const covariate = series.covariates[c];
    if (!covariate?.carriedForward) return null;
    const categorical = covariate.kind === 'categorical';
    const typical = typicalValueBefore(covariate.values, origin, series.frequency, categorical);
    return categorical || !Number.isNaN(typical) ? typical : null;
  });
}

/** Mean absolute value of the observed sales before period `end` (0 when there are none). */
function meanAbsoluteBefore(y: Float64Array, end: number): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < Math.min(end, y.length); t++) {
    const v = y[t] as number;
    if (Number.isNaN(v)) continue;
    sum += Math.abs(v);
    count++;
  }
  return count > 0 ? sum / count : 0;
}

export function fillWindowBatch(
  series: SeriesInput[],
  layout: InputLayout,
  windows: WindowList,
): WindowBatch {
  const size = windowCount(windows);
  const { lookback, horizon, stepColumns, futureStepColumns, frequency, calendarColumns, seasonalLag } =
    layout;
  const batch: WindowBatch = {
    size,
    sequence: new Float32Array(size * lookback * stepColumns),
    future: new Float32Array(size * horizon * futureStepColumns),
    seriesIndex: new Int32Array(windows.series),
    target: new Float32Array(size * horizon),
    mask: new Float32Array(size * horizon),
    center: new Float64Array(size),
    scale: new Float64Array(size),
  };
  const history = new Float64Array(lookback);
  for (let i = 0; i < size; i++) {
    const s = series[windows.series[i] as number] as SeriesInput;
    const origin = windows.origins[i] as number;
    const { y } = s;
    for (let j = 0; j < lookback; j++) {
      const t = origin - lookback + j;
      history[j] = t >= 0 && t < y.length ? (y[t] as number) : NaN;
    }
    const windowScale =
      layout.dormantScale === 'history'
        ? robustWindowScale(history, () => meanAbsoluteBefore(y, origin - lookback))
        : robustWindowScale(history);
    const { center, scale } = windowScale;
    const references = lookbackReferences(s, layout, origin);
    batch.center[i] = center;
    batch.scale[i] = scale;
    for (let j = 0; j < lookback; j++) {
      const t = origin - lookback + j;
      const base = (j * size + i) * stepColumns;
      const v = history[j] as number;
      if (!Number.isNaN(v)) {
        batch.sequence[base] = (v - center) / scale;
        batch.sequence[base + 1] = 1;
      }
      const calendarAt = writeCovariatesAt(s, layout, t, batch.sequence, base + SALES_COLUMNS, references);
      writeCalendarFeatures(dayAt(s, t), frequency, batch.sequence, calendarAt);
    }
    const assumed = assumedFuture(s, layout, origin);
    const scoredFrom = windows.scoredFrom?.[i] ?? 0;
    for (let h = 0; h < horizon; h++) {
      const t = origin + h;
      const base = (i * horizon + h) * futureStepColumns;
      const calendarAt = writeCovariatesAt(s, layout, t, batch.future, base, references, assumed);
      writeCalendarFeatures(dayAt(s, t), frequency, batch.future, calendarAt);
      if (seasonalLag !== undefined)
        writeSeasonalLag(y, origin, h, seasonalLag, windowScale, batch.future, calendarAt + calendarColumns);
      const v = t < y.length && t >= scoredFrom ? (y[t] as number) : NaN;
      if (!Number.isNaN(v)) {
        batch.target[i * horizon + h] = (v - center) / scale;
        batch.mask[i * horizon + h] = 1;
      }
    }
  }
  return batch;
}
