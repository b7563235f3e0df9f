import type { DayNumber, Frequency } from './types';
import { addMonths, monthIndexOf } from './calendar';

/*
 * The data's own calendar: which regular grid the dates sit on, and stepping along it. Monthly
 * and quarterly grids step by calendar months (same day of the month), not by a fixed day count.
 */

/** Steps (in days) each frequency's consecutive dates can be apart. */
const STEP_RANGES: readonly { frequency: Frequency; min: number; max: number }[] = [
  { frequency: 'daily', min: 1, max: 1 },
  { frequency: 'weekly', min: 7, max: 7 },
  { frequency: 'monthly', min: 28, max: 31 },
  { frequency: 'quarterly', min: 89, max: 92 },
];

/**
 * The frequency whose step occurs most often between consecutive dates, so a few gaps (a missing
 * week, weekends off, a closed month) do not change the answer. Null for fewer than two dates or
 * when no step is a day, a week, a month or a quarter (e.g. every 14 days).
 */
export function detectFrequency(sortedDistinctDays: ArrayLike<number>): Frequency | null {
  const votes = new Map<Frequency, number>();
  for (let i = 1; i < sortedDistinctDays.length; i++) {
    const step = (sortedDistinctDays[i] ?? 0) - (sortedDistinctDays[i - 1] ?? 0);
    const range = STEP_RANGES.find(({ min, max }) => step >= min && step <= max);
    if (range !== undefined) votes.set(range.frequency, (votes.get(range.frequency) ?? 0) + 1);
  }
  let best: Frequency | null = null;
  let bestVotes = 0;
  for (const { frequency } of STEP_RANGES) {
    const count = votes.get(frequency) ?? 0;
    if (count > bestVotes) {
      best = frequency;
      bestVotes = count;
    }
  }
  return best;
}

/** The date `n` periods after `day` (before, for negative n) on `day`'s grid. */
export function addPeriods(day: DayNumber, frequency: Frequency, n: number): DayNumber {
  switch (frequency) {
    case 'daily':
      return day + n;
    case 'weekly':
      return day + 7 * n;
    case 'monthly':
      return addMonths(day, n);
    case 'quarterly':
      return addMonths(day, 3 * n);
  }
}

/**
 * Whole periods from `a` to `b` on the grid through `a`: the largest n with
 * addPeriods(a, frequency, n) <= b (negative when b is before a).
 */
export function periodsBetween(a: DayNumber, b: DayNumber, frequency: Frequency): number {
  switch (frequency) {
    case 'daily':
      return b - a;
    case 'weekly':
      return Math.floor((b - a) / 7);
    case 'monthly':
    case 'quarterly': {
      const monthsPerPeriod = frequency === 'monthly' ? 1 : 3;
      let n = Math.floor((monthIndexOf(b) - monthIndexOf(a)) / monthsPerPeriod);
      // The month count is off by at most one period when b's day of the month is before a's.
      while (addPeriods(a, frequency, n) > b) n--;
      while (addPeriods(a, frequency, n + 1) <= b) n++;
      return n;
    }
  }
}

/**
 * A number naming the period `day` falls in, for bucketing dates onto a grid: the day itself,
 * the Monday-based week, year * 12 + month - 1, or year * 4 + quarter - 1.
 */
export function periodKey(day: DayNumber, frequency: Frequency): number {
  switch (frequency) {
    case 'daily':
      return day;
    case 'weekly':
      // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday.
      return Math.floor((day + 3) / 7);
    case 'monthly':
      return monthIndexOf(day);
    case 'quarterly':
      return Math.floor(monthIndexOf(day) / 3);
  }
}
