/**
 * A series input cut at an origin, as a model fitted with only the data before that origin sees it:
 * y up to the origin, dates and covariates `horizon` periods past it (continued on the calendar and
 * carried forward when the original input stops earlier).
 */
import { addPeriods } from '../dataset/frequency';
import type { SeriesInput } from '../forecast/types';

function continued(values: Float64Array, length: number): Float64Array {
  const out = new Float64Array(length);
  out.set(values.subarray(0, Math.min(length, values.length)));
  const last = values.length > 0 ? (values[values.length - 1] as number) : NaN;
  for (let i = values.length; i < length; i++) out[i] = last;
  return out;
}

export function seriesPrefix(series: SeriesInput, origin: number, horizon: number): SeriesInput {
  const length = origin + horizon;
  const dates = new Int32Array(length);
  dates.set(series.dates.subarray(0, Math.min(length, series.dates.length)));
  for (let i = series.dates.length; i < length; i++) {
    dates[i] = addPeriods(dates[i - 1] as number, series.frequency, 1);
  }
  return {
    y: series.y.slice(0, origin),
    frequency: series.frequency,
    dates,
    covariates: series.covariates.map((covariate) => ({
      ...covariate,
      values: continued(covariate.values, length),
    })),
  };
}
