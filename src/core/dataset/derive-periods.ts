/**
 * Numbers the periods of the data's regular grid: 0 for the period of `anchor` (the first date),
 * 1 for the next, and so on. Weekly keeps the anchor's weekday, monthly and quarterly its day of
 * month, so filled gaps continue the data's own calendar.
 */
import type { DayNumber, Frequency } from './types';
import { addMonths, monthIndexOf } from './calendar';

export interface PeriodGrid {
  periodOf(day: DayNumber): number;
  dayOf(period: number): DayNumber;
}

export function makePeriodGrid(frequency: Frequency, anchor: DayNumber): PeriodGrid {
  if (frequency === 'daily') return { periodOf: (day) => day - anchor, dayOf: (period) => anchor + period };
  if (frequency === 'weekly') {
    return { periodOf: (day) => Math.floor((day - anchor) / 7), dayOf: (period) => anchor + 7 * period };
  }
  const months = frequency === 'monthly' ? 1 : 3;
  const anchorPeriod = Math.floor(monthIndexOf(anchor) / months);
  return {
    periodOf: (day) => Math.floor(monthIndexOf(day) / months) - anchorPeriod,
    dayOf: (period) => addMonths(anchor, period * months),
  };
}
