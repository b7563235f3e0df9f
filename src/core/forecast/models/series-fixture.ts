/** Builds a SeriesInput from plain numbers, for the models' tests. */
import type { Frequency } from '../../dataset/types';
import type { SeriesInput } from '../types';

const DAYS_PER_PERIOD: Record<Frequency, number> = { daily: 1, weekly: 7, monthly: 30, quarterly: 91 };

export function seriesOf(
  values: ArrayLike<number>,
  frequency: Frequency = 'monthly',
  horizon = 24,
): SeriesInput {
  const y = Float64Array.from(values);
  const dates = new Int32Array(y.length + horizon);
  for (let t = 0; t < dates.length; t++) dates[t] = 14_000 + t * DAYS_PER_PERIOD[frequency];
  return { y, frequency, dates, covariates: [] };
}
