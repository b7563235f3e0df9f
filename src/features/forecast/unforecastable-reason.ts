/**
 * Why a series has no forecast, as a code with its figures (the page words it). The pool reports
 * only that a series was left out; the reason is read back from the dataset with the same rule the
 * worker applies (core/forecast/min-history.ts), so it can be said in any language.
 */
import type { Dataset } from '../../core/dataset/types';
import { MIN_OBSERVED_PERIODS } from '../../core/forecast/min-history';
import type { ForecastT } from './forecast-t';

export type UnforecastableReason =
  | { code: 'too-short'; observed: number; needed: number }
  | { code: 'no-model' }
  /** The evaluation broke (a worker error); `message` is the error as the worker gave it. */
  | { code: 'failed'; message: string };

/** Periods with a sales value (gap-filled zeros included, as the worker counts them) before the plan. */
export function observedPeriods(dataset: Dataset, series: number): number {
  const start = dataset.seriesStart[series] ?? 0;
  const end = dataset.historyEnd[series] ?? start;
  let count = 0;
  for (let row = start; row < end; row++) if (!Number.isNaN(dataset.target[row] as number)) count++;
  return count;
}

/**
 * `failed` holds the series (by id) whose evaluation broke, with the error (RunResults.failed); any
 * other series left out was either too short or fitted by no model. `series` is its position.
 */
export function unforecastableReason(
  dataset: Dataset,
  failed: ReadonlyMap<string, string>,
  series: number,
): UnforecastableReason {
  const error = failed.get(dataset.seriesIds[series] ?? '');
  if (error !== undefined) return { code: 'failed', message: error };
  const observed = observedPeriods(dataset, series);
  return observed < MIN_OBSERVED_PERIODS
    ? { code: 'too-short', observed, needed: MIN_OBSERVED_PERIODS }
    : { code: 'no-model' };
}

export function unforecastableText(reason: UnforecastableReason, t: ForecastT): string {
  switch (reason.code) {
    case 'too-short':
      return t('unforecastable.tooShort', { count: reason.observed, needed: reason.needed });
    case 'no-model':
      return t('unforecastable.noModel');
    case 'failed':
      return t('unforecastable.failed', { message: reason.message });
    default: {
      const unknown: never = reason;
      return String(unknown);
    }
  }
}
