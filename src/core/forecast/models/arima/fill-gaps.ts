/**
 * ARIMA needs an unbroken series. Leading NaN (before the item existed) are dropped, NaN inside the
 * history are linearly interpolated between their neighbours, and trailing NaN carry the last value
 * forward, so the forecast still starts right after the full history.
 */
export interface FilledSeries {
  /** Gap-free values from the first observed period to the end of the history. */
  values: Float64Array;
  /** Index in the original series of values[0] (-1 when nothing is observed). */
  offset: number;
}

export function fillGaps(y: Float64Array): FilledSeries {
  const first = y.findIndex((v) => !Number.isNaN(v));
  if (first < 0) return { values: new Float64Array(0), offset: -1 };
  const values = y.slice(first);
  let previous = 0;
  for (let t = 1; t < values.length; t++) {
    if (!Number.isNaN(values[t] ?? NaN)) {
      previous = t;
      continue;
    }
    let next = t + 1;
    while (next < values.length && Number.isNaN(values[next] ?? NaN)) next++;
    const from = values[previous] ?? 0;
    const to = next < values.length ? (values[next] ?? 0) : from;
    const span = next - previous;
    for (let i = t; i < next; i++) values[i] = from + ((to - from) * (i - previous)) / span;
    t = next - 1;
  }
  return { values, offset: first };
}
