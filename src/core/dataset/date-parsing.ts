import type { DateReading, DayNumber } from './types';
import { dayFromYmd, isoWeekMonday, validDay } from './calendar';
import { monthFromName } from './month-names';

/*
 * One reader per DateReading. Each returns the DayNumber of the date as written (a time of day
 * and a zone offset are ignored), or NaN when the text is not a valid date in that reading.
 * These run once per distinct value of a column, so clarity wins over speed here.
 */

/** An optional time after the date: `T10:00`, ` 10:00:00.5`, ` 3:05 PM`, with `Z` or `+01:00`. */
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;

const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const YMD = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
/** `5 Mar 2024`, `05-Mar-24`, `5. März 2024`. */
const DAY_NAME_YEAR = /^(\d{1,2})\.?[\s/-]*(\p{L}+)\.?,?[\s/-]*(\d{4}|\d{2})$/u;
/** `March 5, 2024`, `Mar 5th 2024`. */
const NAME_DAY_YEAR = /^(\p{L}+)\.?[\s/-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s/-]+(\d{4}|\d{2})$/u;
/** `2024-03`, `2024/3`, `2024.03`, `2024M03`. */
const YEAR_MONTH = /^(\d{4})(?:[/.-]|M)(\d{1,2})$/i;
/** `03/2024`, `3.2024`. */
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
/** `Mar 2024`, `March 2024`, `Mar-24`, `Mär 2024`, `Mar '24`. */
const NAME_YEAR = /^(\p{L}+)\.?[\s/,'-]*(\d{4}|\d{2})$/u;
/** `2024 Mar`, `2024-Mar`. */
const YEAR_NAME = /^(\d{4})[\s/-]*(\p{L}+)\.?$/u;
const YEAR_QUARTER = /^(\d{4})\s*[-/ ]?\s*Q([1-4])$/i;
const QUARTER_YEAR = /^Q([1-4])\s*[-/ ]?\s*(\d{4}|\d{2})$/i;
const ISO_WEEK = /^(\d{4})-?W(\d{1,2})(?:-?([1-7]))?$/i;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

/** Excel's largest date serial (9999-12-31). */
const EXCEL_MAX_SERIAL = 2958465;
/** Serial 60 is 1900-02-29, a day Excel invented (a Lotus 1-2-3 bug kept for compatibility). */
const EXCEL_FAKE_LEAP_DAY = 60;
/** 1899-12-30: serials from 61 on count from here; below 60 they count from one day later. */
const EXCEL_EPOCH = dayFromYmd(1899, 12, 30);

/** Two-digit years: 00-68 are 2000-2068, 69-99 are 1969-1999 (the POSIX / Excel convention). */
export function expandYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year <= 68 ? 2000 + year : 1900 + year;
}

export function parseDate(text: string, reading: DateReading): DayNumber {
  const value = text.trim();
  switch (reading) {
    case 'iso':
      return readMatch(ISO.exec(value), (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3])));
    case 'ymd':
      return readMatch(YMD.exec(value), (m) => validDay(Number(m[1]), Number(m[3]), Number(m[4])));
    case 'dmy':
      return readMatch(DAY_MONTH_YEAR.exec(value), (m) =>
        validDay(expandYear(m[4] ?? ''), Number(m[3]), Number(m[1])),
      );
    case 'mdy':
      return readMatch(DAY_MONTH_YEAR.exec(value), (m) =>
        validDay(expandYear(m[4] ?? ''), Number(m[1]), Number(m[3])),
      );
    case 'month-name':
      return parseMonthNameDate(value);
    case 'year-month':
      return parseYearMonth(value);
    case 'year-quarter':
      return parseYearQuarter(value);
    case 'iso-week':
      return readMatch(ISO_WEEK.exec(value), (m) => {
        const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
        return monday + (m[3] === undefined ? 0 : Number(m[3]) - 1);
      });
    case 'excel-serial':
      return parseExcelSerial(value);
  }
}

function readMatch(match: RegExpExecArray | null, read: (match: RegExpExecArray) => number): DayNumber {
  return match === null ? NaN : read(match);
}

function parseMonthNameDate(value: string): DayNumber {
  const dayFirst = DAY_NAME_YEAR.exec(value);
  if (dayFirst !== null) {
    return validDay(expandYear(dayFirst[3] ?? ''), monthFromName(dayFirst[2] ?? ''), Number(dayFirst[1]));
  }
  const nameFirst = NAME_DAY_YEAR.exec(value);
  if (nameFirst !== null) {
    return validDay(expandYear(nameFirst[3] ?? ''), monthFromName(nameFirst[1] ?? ''), Number(nameFirst[2]));
  }
  return NaN;
}

function parseYearMonth(value: string): DayNumber {
  let match = YEAR_MONTH.exec(value);
  if (match !== null) return validDay(Number(match[1]), Number(match[2]), 1);
  match = MONTH_YEAR.exec(value);
  if (match !== null) return validDay(Number(match[2]), Number(match[1]), 1);
  match = NAME_YEAR.exec(value);
  if (match !== null) return validDay(expandYear(match[2] ?? ''), monthFromName(match[1] ?? ''), 1);
  match = YEAR_NAME.exec(value);
  if (match !== null) return validDay(Number(match[1]), monthFromName(match[2] ?? ''), 1);
  return NaN;
}

function parseYearQuarter(value: string): DayNumber {
  const yearFirst = YEAR_QUARTER.exec(value);
  if (yearFirst !== null) return dayFromYmd(Number(yearFirst[1]), Number(yearFirst[2]) * 3 - 2, 1);
  const quarterFirst = QUARTER_YEAR.exec(value);
  if (quarterFirst !== null)
    return dayFromYmd(expandYear(quarterFirst[2] ?? ''), Number(quarterFirst[1]) * 3 - 2, 1);
  return NaN;
}

/** A time fraction (`45000.5`) is dropped; serial 60, Excel's 1900-02-29, is not a real day: NaN. */
function parseExcelSerial(value: string): DayNumber {
  if (!SERIAL.test(value)) return NaN;
  const serial = Math.floor(Number(value));
  if (serial < 1 || serial > EXCEL_MAX_SERIAL || serial === EXCEL_FAKE_LEAP_DAY) return NaN;
  return serial > EXCEL_FAKE_LEAP_DAY ? EXCEL_EPOCH + serial : EXCEL_EPOCH + serial + 1;
}
