import { describe, it, expect } from 'vitest';
import {
  addMonths,
  dayFromYmd,
  daysInMonth,
  formatIsoDate,
  isoWeekMonday,
  weekdayOf,
  ymdFromDay,
} from './calendar';

describe('calendar', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1970, 1, 2)).toBe(1);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(dayFromYmd(2000, 3, 1)).toBe(11017);
    expect(dayFromYmd(2024, 2, 29)).toBe(19782);
    expect(dayFromYmd(1899, 12, 30)).toBe(-25569);
  });

  it('agrees with Date.UTC on every day from 1600 to 2400, both ways', () => {
    const mismatches: string[] = [];
    const oneDay = 86_400_000;
    for (let ms = Date.UTC(1600, 0, 1); ms <= Date.UTC(2400, 11, 31); ms += oneDay) {
      const date = new Date(ms);
      const day = ms / oneDay;
      const ymd = ymdFromDay(day);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      if (dayFromYmd(expected.year, expected.month, expected.day) !== day)
        mismatches.push(`dayFromYmd ${date.toISOString()}`);
      if (ymd.year !== expected.year || ymd.month !== expected.month || ymd.day !== expected.day) {
        mismatches.push(`ymdFromDay ${date.toISOString()}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('formats ISO dates', () => {
    expect(formatIsoDate(dayFromYmd(2024, 3, 5))).toBe('2024-03-05');
    expect(formatIsoDate(dayFromYmd(987, 11, 30))).toBe('0987-11-30');
  });

  it('finds weekdays and ISO week Mondays, including 53-week years', () => {
    expect(weekdayOf(dayFromYmd(2024, 3, 4))).toBe(0);
    expect(weekdayOf(dayFromYmd(1970, 1, 1))).toBe(3);
    expect(formatIsoDate(isoWeekMonday(2021, 1))).toBe('2021-01-04');
    expect(formatIsoDate(isoWeekMonday(2020, 53))).toBe('2020-12-28');
    expect(formatIsoDate(isoWeekMonday(2020, 1))).toBe('2019-12-30');
    expect(formatIsoDate(isoWeekMonday(2026, 1))).toBe('2025-12-29');
    expect(isoWeekMonday(2021, 53)).toBeNaN();
    expect(isoWeekMonday(2024, 0)).toBeNaN();
  });

  it('adds months on the same day, clamped to the month end', () => {
    const jan31 = dayFromYmd(2024, 1, 31);
    expect(formatIsoDate(addMonths(jan31, 1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths(jan31, 2))).toBe('2024-03-31');
    expect(formatIsoDate(addMonths(jan31, 13))).toBe('2025-02-28');
    expect(formatIsoDate(addMonths(jan31, -2))).toBe('2023-11-30');
    expect(formatIsoDate(addMonths(dayFromYmd(2024, 12, 15), 1))).toBe('2025-01-15');
  });
});
