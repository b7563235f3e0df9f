/**
 * What AR-X assumes for a covariate's future when the file has no plan for it: the covariate's
 * typical recent value, not its last one. Carrying the last value forward turns a promotion in the
 * last week into a promotion for the whole horizon, and a one-week markdown into a permanent price;
 * without a plan the regular state (no promotion, the usual price) is the better guess.
 *
 * Which periods count as unplanned: every period after the history of a covariate flagged
 * `carriedForward`. At a rolling origin inside the history the values after the origin are what
 * really happened, but the flag travels with the covariate, so they are hidden the same way: the
 * validation windows Auto chooses on then see AR-X as it will forecast the real, plan-less future.
 */
import type { Frequency } from '../../dataset/types';

/**
 * The recent window the typical value is read from: about the last quarter-year, and at least 8
 * periods so a median is not decided by two or three values. A whole year would lag behind a price
 * change; the last few periods would follow a single promotion.
 */
const RECENT_PERIODS: Record<Frequency, number> = { daily: 91, weekly: 13, monthly: 8, quarterly: 8 };

function median(sorted: number[]): number {
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
}

/**
 * The typical value of `recent`: for a 0/1 column (a promotion flag, a category's indicator) the
 * value it takes most often, 0 on a tie (no promotion is the regular state); for any other column
 * the median, which a few promoted or marked-down periods do not move. NaN when nothing is observed.
 */
export function typicalValue(recent: ArrayLike<number>): number {
  const observed = Array.from(recent).filter((v) => !Number.isNaN(v));
  if (observed.length === 0) return NaN;
  if (observed.every((v) => v === 0 || v === 1)) {
    const ones = observed.filter((v) => v === 1).length;
    return ones > observed.length - ones ? 1 : 0;
  }
  return median(observed.sort((a, b) => a - b));
}

/**
 * The state a categorical covariate is in most often in `recent`: a category's code, or NaN for a
 * blank period (no event, no category), which counts as a state of its own and wins a tie (no event
 * is the regular state, as no promotion is for a flag); among codes, the lowest wins a tie. An event
 * column is blank on most days, so its typical future is no event; reading only its codes would put
 * the last quarter's most common event on every day of the horizon.
 */
export function typicalCategory(recent: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  let blank = 0;
  for (const code of Array.from(recent)) {
    if (Number.isNaN(code)) blank++;
    else counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = NaN;
  let most = blank;
  for (const [code, count] of counts)
    if (count > most || (count === most && !Number.isNaN(best) && code < best)) [best, most] = [code, count];
  return best;
}

/**
 * The typical value of the recent periods before `origin`: for a categorical covariate's codes its
 * typical state (typicalCategory: NaN is "no category"), for any other column typicalValue (NaN when
 * nothing is observed).
 */
export function typicalValueBefore(
  values: Float64Array,
  origin: number,
  frequency: Frequency,
  categorical = false,
): number {
  const recent = values.subarray(Math.max(0, origin - RECENT_PERIODS[frequency]), origin);
  return categorical ? typicalCategory(recent) : typicalValue(recent);
}

/**
 * `values` (history then future) with every future period set to the typical value of the recent
 * history. A categorical column always gets its typical state (blank included); any other column is
 * left unchanged when the history has no observed value to take it from.
 */
export function withTypicalFuture(
  values: Float64Array,
  historyLength: number,
  frequency: Frequency,
  categorical = false,
): Float64Array {
  const typical = typicalValueBefore(values, historyLength, frequency, categorical);
  if (Number.isNaN(typical) && !categorical) return values;
  const out = Float64Array.from(values);
  out.fill(typical, historyLength);
  return out;
}
