/**
 * A sum of doubles kept exactly, so that adding the same numbers in any order or grouping gives the
 * same result to the last bit. Floating-point addition is not associative: a run's pool of workers
 * each sums its share of the series and the shares are merged, so a plain sum would change with
 * the number of workers (that is, with the user's CPU). The exact sum is held as non-overlapping
 * partials (Shewchuk's "grow expansion", Discrete & Computational Geometry 18, 1997) and rounded
 * once, correctly, when read (the same final step as Python's `math.fsum`).
 */

/** The partials of an exact sum, smallest magnitude first; empty for 0. */
export type ExactSum = number[];

/** Adds `value` (finite) to `sum` in place, exactly. */
export function addExact(sum: ExactSum, value: number): void {
  let x = value;
  let kept = 0;
  for (const partial of sum) {
    let y = partial;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const high = x + y;
    const low = y - (high - x);
    if (low !== 0) sum[kept++] = low;
    x = high;
  }
  sum.length = kept;
  if (x !== 0) sum.push(x);
}

/** Adds every partial of `from` into `into`, exactly. */
export function mergeExact(into: ExactSum, from: ExactSum): void {
  for (const partial of from) addExact(into, partial);
}

/** The exact sum rounded to the nearest double (ties to even), whatever order it was built in. */
export function exactValue(sum: ExactSum): number {
  let n = sum.length;
  if (n === 0) return 0;
  let high = sum[--n] as number;
  let low = 0;
  while (n > 0) {
    const x = high;
    const y = sum[--n] as number;
    high = x + y;
    low = y - (high - x);
    if (low !== 0) break;
  }
  // Half-way cases: the partials below may tip the rounding of high + low the other way.
  const below = n > 0 ? (sum[n - 1] as number) : 0;
  if ((low < 0 && below < 0) || (low > 0 && below > 0)) {
    const doubled = low * 2;
    const x = high + doubled;
    if (doubled === x - high) high = x;
  }
  return high;
}
