import type { DayNumber } from './types';

/*
 * Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, without Date objects
 * (no time zones, no allocation). Days are counted in 400-year eras of 146,097 days, with years
 * starting on 1 March so the leap day falls at the end of a year.
 */

const DAYS_PER_ERA = 146097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719468;

/** The day number of year-month-day (month 1..12). Does not check the date exists. */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdFromDay(dayNumber: DayNumber): Ymd {
  const shifted = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 'YYYY-MM-DD'. */
export function formatIsoDate(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number, or NaN when the date does not exist (Feb 30, month 13). */
export function validDay(year: number, month: number, day: number): DayNumber {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayFromYmd(year, month, day);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(year: number): DayNumber {
  const january4 = dayFromYmd(year, 1, 4);
  return january4 - weekdayOf(january4);
}

/** Monday of ISO week `week` of `year`, or NaN when the year has no such week (W53 only some years). */
export function isoWeekMonday(year: number, week: number): DayNumber {
  const first = isoWeekOneMonday(year);
  const weeksInYear = (isoWeekOneMonday(year + 1) - first) / 7;
  if (week < 1 || week > weeksInYear) return NaN;
  return first + (week - 1) * 7;
}

/** year * 12 + (month - 1): consecutive months differ by one. */
export function monthIndexOf(dayNumber: DayNumber): number {
  const { year, month } = ymdFromDay(dayNumber);
  return year * 12 + month - 1;
}

/** The same day of the month `months` months later (or earlier), clamped to that month's end. */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = ymdFromDay(dayNumber);
  const index = year * 12 + month - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayFromYmd(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
