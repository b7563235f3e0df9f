/**
 * Cuts one series out of the Dataset in the shape models take: its sales up to the last period with
 * a sales value, its dates continued `horizon` periods into the future on the data's own calendar,
 * and covariates over history and future.
 */
import { addPeriods } from '../dataset/frequency';
import { RowState, type Dataset } from '../dataset/types';
import type { SeriesCovariate, SeriesInput } from './types';

/** Rows [start, historyEnd) are history, [historyEnd, end) the plan (covariates without sales). */
function seriesRows(dataset: Dataset, s: number): { start: number; historyEnd: number; end: number } {
  const start = dataset.seriesStart[s];
  const historyEnd = dataset.historyEnd[s];
  if (start === undefined || historyEnd === undefined) throw new RangeError(`No series ${s} in the dataset`);
  const end = dataset.seriesStart[s + 1] ?? dataset.dates.length;
  return { start, historyEnd, end };
}

/**
 * A covariate over history and future. Future values come from plan rows where the file has them;
 * where it has none (or the plan cell is empty) the last known value is carried forward, and the
 * covariate says so, so the UI can warn that its future is assumed.
 */
function covariateOverHorizon(
  values: Float64Array,
  rows: { start: number; historyEnd: number; end: number },
  horizon: number,
): { values: Float64Array; carriedForward: boolean } {
  const historyLength = rows.historyEnd - rows.start;
  const out = new Float64Array(historyLength + horizon);
  out.set(values.subarray(rows.start, rows.historyEnd));
  let last = NaN;
  for (let t = historyLength - 1; t >= 0 && Number.isNaN(last); t--) last = out[t] as number;
  let carriedForward = false;
  for (let step = 0; step < horizon; step++) {
    const row = rows.historyEnd + step;
    const planned = row < rows.end ? (values[row] as number) : NaN;
    if (Number.isNaN(planned)) {
      out[historyLength + step] = last;
      carriedForward = true;
    } else {
      out[historyLength + step] = planned;
      last = planned;
    }
  }
  return { values: out, carriedForward };
}

/** The future periods the plan marks as unable to sell, or undefined when there are none. */
function closedFuture(
  dataset: Dataset,
  rows: { historyEnd: number; end: number },
  horizon: number,
): Uint8Array | undefined {
  let closed: Uint8Array | undefined;
  for (let step = 0; step < horizon && rows.historyEnd + step < rows.end; step++) {
    if (dataset.rowState[rows.historyEnd + step] !== RowState.PlanClosed) continue;
    closed ??= new Uint8Array(horizon);
    closed[step] = 1;
  }
  return closed;
}

export function buildSeriesInput(dataset: Dataset, s: number, horizon: number): SeriesInput {
  const rows = seriesRows(dataset, s);
  const historyLength = rows.historyEnd - rows.start;
  if (historyLength === 0) throw new RangeError(`Series ${dataset.seriesIds[s] ?? s} has no sales history`);
  const dates = new Int32Array(historyLength + horizon);
  dates.set(dataset.dates.subarray(rows.start, rows.historyEnd));
  // Future dates continue from the last history date on the data's calendar (same weekday, same day of month).
  const lastDate = dates[historyLength - 1] as number;
  for (let step = 1; step <= horizon; step++) {
    dates[historyLength + step - 1] = addPeriods(lastDate, dataset.frequency, step);
  }
  const covariates: SeriesCovariate[] = dataset.covariates.map((covariate) => {
    const { values, carriedForward } = covariateOverHorizon(covariate.values, rows, horizon);
    return {
      name: covariate.name,
      kind: covariate.kind,
      values,
      ...(covariate.categories ? { categories: covariate.categories } : {}),
      ...(covariate.price ? { price: covariate.price } : {}),
      ...(covariate.promotion ? { promotion: covariate.promotion } : {}),
      ...(carriedForward ? { carriedForward } : {}),
    };
  });
  const futureClosed = closedFuture(dataset, rows, horizon);
  return {
    y: dataset.target.slice(rows.start, rows.historyEnd),
    frequency: dataset.frequency,
    dates,
    covariates,
    ...(futureClosed ? { futureClosed } : {}),
  };
}
