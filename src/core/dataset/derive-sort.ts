/**
 * Orders rows by series, then period, with two stable counting passes (least significant key
 * first): O(rows + series + periods), no comparison sort and no row objects.
 */
export function orderBySeriesAndPeriod(
  series: Int32Array,
  period: Int32Array,
  seriesCount: number,
  periodCount: number,
): Int32Array {
  const n = series.length;
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  if (isSorted(series, period)) return identity;
  const byPeriod = countingSort(identity, period, periodCount);
  return countingSort(byPeriod, series, seriesCount);
}

function isSorted(series: Int32Array, period: Int32Array): boolean {
  for (let i = 1; i < series.length; i++) {
    const s = series[i]!;
    const previous = series[i - 1]!;
    if (s < previous || (s === previous && period[i]! < period[i - 1]!)) return false;
  }
  return true;
}

/** Stable: rows with equal keys keep their order in `rows`. */
function countingSort(rows: Int32Array, key: Int32Array, keyCount: number): Int32Array {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < rows.length; i++) start[key[rows[i]!]! + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[start[key[row]!]!++] = row;
  }
  return out;
}
