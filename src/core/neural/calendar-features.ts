/**
 * Calendar inputs of one period, from its day number: where it falls in the year and, for daily
 * data, in the week, each as a point on a circle (sine, cosine) so December sits next to January.
 */
import { dayFromYmd, isLeapYear, ymdFromDay } from '../dataset/calendar';
import type { Frequency } from '../dataset/types';

export function calendarColumnCount(frequency: Frequency): number {
  return frequency === 'daily' ? 4 : 2;
}

/** Writes the calendar columns of `day` into `out` from `offset`. */
export function writeCalendarFeatures(
  day: number,
  frequency: Frequency,
  out: Float32Array,
  offset: number,
): void {
  const { year } = ymdFromDay(day);
  const yearFraction = (day - dayFromYmd(year, 1, 1)) / (isLeapYear(year) ? 366 : 365);
  out[offset] = Math.sin(2 * Math.PI * yearFraction);
  out[offset + 1] = Math.cos(2 * Math.PI * yearFraction);
  if (frequency === 'daily') {
    // Any fixed weekday offset works on a circle; day 0 (1970-01-01) was a Thursday.
    const weekFraction = (((day % 7) + 7) % 7) / 7;
    out[offset + 2] = Math.sin(2 * Math.PI * weekFraction);
    out[offset + 3] = Math.cos(2 * Math.PI * weekFraction);
  }
}
