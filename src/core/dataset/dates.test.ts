import { describe, it, expect } from 'vitest';
import { dayFromYmd, formatIsoDate, inferDateReading, parseDate } from './dates';
import type { DateReading } from './types';

const iso = (text: string, reading: DateReading) => {
  const day = parseDate(text, reading);
  return Number.isNaN(day) ? 'NaN' : formatIsoDate(day);
};

describe('parseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024-03-05T10:00', '2024-03-05'],
    ['2024-03-05 10:00:00', '2024-03-05'],
    ['2024-03-05T23:30:00.123Z', '2024-03-05'],
    ['2024-03-05T23:30:00+05:00', '2024-03-05'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2023-02-29', 'NaN'],
    ['2024-02-30', 'NaN'],
    ['2024-13-01', 'NaN'],
    ['2024/03/05', 'NaN'],
    ['20240305', 'NaN'],
  ])('iso %j → %s', (text, expected) => expect(iso(text, 'iso')).toBe(expected));

  it.each([
    ['05/03/2024', 'dmy', '2024-03-05'],
    ['5.3.2024', 'dmy', '2024-03-05'],
    ['05-03-24', 'dmy', '2024-03-05'],
    ['31/12/99', 'dmy', '1999-12-31'],
    ['01/01/68', 'dmy', '2068-01-01'],
    ['01/01/69', 'dmy', '1969-01-01'],
    ['05/03/2024 14:30', 'dmy', '2024-03-05'],
    ['3/5/2024 2:30 PM', 'mdy', '2024-03-05'],
    ['12/31/2024', 'mdy', '2024-12-31'],
    ['12/31/2024', 'dmy', 'NaN'],
    ['31/02/2024', 'dmy', 'NaN'],
    ['05/03-2024', 'dmy', 'NaN'],
    ['2024/03/05', 'ymd', '2024-03-05'],
    ['2024.3.5', 'ymd', '2024-03-05'],
  ])('%j read as %s → %s', (text, reading, expected) =>
    expect(iso(text, reading as DateReading)).toBe(expected),
  );

  it.each([
    ['5 Mar 2024', '2024-03-05'],
    ['05-Mar-24', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Mar 5th 2024', '2024-03-05'],
    ['5. März 2024', '2024-03-05'],
    ['5 mars 2024', '2024-03-05'],
    ['12 déc. 2023', '2023-12-12'],
    ['1 ene 2024', '2024-01-01'],
    ['30 Feb 2024', 'NaN'],
    ['5 Foo 2024', 'NaN'],
  ])('month-name %j → %s', (text, expected) => expect(iso(text, 'month-name')).toBe(expected));

  it.each([
    ['2024-03', '2024-03-01'],
    ['2024/3', '2024-03-01'],
    ['2024M03', '2024-03-01'],
    ['03/2024', '2024-03-01'],
    ['Mar 2024', '2024-03-01'],
    ['March 2024', '2024-03-01'],
    ['Mar-24', '2024-03-01'],
    ['Mär 2024', '2024-03-01'],
    ['Okt 2023', '2023-10-01'],
    ['2024 Mar', '2024-03-01'],
    ['2024-13', 'NaN'],
  ])('year-month %j → %s', (text, expected) => expect(iso(text, 'year-month')).toBe(expected));

  it.each([
    ['2024 Q1', '2024-01-01'],
    ['2024-Q2', '2024-04-01'],
    ['2024Q3', '2024-07-01'],
    ['Q4 2024', '2024-10-01'],
    ['q4-2024', '2024-10-01'],
    ['2024 Q5', 'NaN'],
  ])('year-quarter %j → %s', (text, expected) => expect(iso(text, 'year-quarter')).toBe(expected));

  it.each([
    ['2024-W05', '2024-01-29'],
    ['2024W05', '2024-01-29'],
    ['2024-W05-1', '2024-01-29'],
    ['2024-W05-3', '2024-01-31'],
    ['2020-W53', '2020-12-28'],
    ['2021-W01', '2021-01-04'],
    ['2020-W01', '2019-12-30'],
    ['2021-W53', 'NaN'],
  ])('iso-week %j → %s', (text, expected) => expect(iso(text, 'iso-week')).toBe(expected));

  it.each([
    ['1', '1900-01-01'],
    ['59', '1900-02-28'],
    ['60', 'NaN'],
    ['61', '1900-03-01'],
    ['25569', '1970-01-01'],
    ['45000', '2023-03-15'],
    ['45000.75', '2023-03-15'],
    ['0', 'NaN'],
    ['-5', 'NaN'],
  ])('excel-serial %j → %s', (text, expected) => expect(iso(text, 'excel-serial')).toBe(expected));
});

describe('inferDateReading', () => {
  it('recognises ISO dates, preferring iso over ymd', () => {
    expect(inferDateReading(['2024-01-01', '2024-01-02T00:00'])).toEqual({
      reading: 'iso',
      parsed: 1,
      ambiguous: false,
    });
  });

  it('takes D/M/Y when a first part above 12 proves it', () => {
    expect(inferDateReading(['01/02/2024', '13/02/2024', '14/02/2024'])).toEqual({
      reading: 'dmy',
      parsed: 1,
      ambiguous: false,
    });
  });

  it('takes M/D/Y when a second part above 12 proves it', () => {
    expect(inferDateReading(['01/02/2024', '01/13/2024'])?.reading).toBe('mdy');
  });

  it('picks M/D/Y when only that reading gives a regular calendar', () => {
    // M/D/Y: Mondays Jan 1, Jan 8, Feb 5, Feb 12 (weekly steps). D/M/Y: 1 Jan, 2 May, 1 Aug, 2 Dec.
    const values = ['1/1/2024', '1/8/2024', '2/5/2024', '2/12/2024'];
    expect(inferDateReading(values)).toEqual({
      reading: 'mdy',
      parsed: 1,
      ambiguous: true,
      alternative: 'dmy',
    });
  });

  it('picks D/M/Y when only that reading gives a regular calendar', () => {
    // D/M/Y: Fridays 1 Mar, 8 Mar, 5 Apr, 12 Apr. M/D/Y: Jan 3, Aug 3, May 4, Dec 4.
    const values = ['01/03/2024', '08/03/2024', '05/04/2024', '12/04/2024'];
    expect(inferDateReading(values)).toEqual({
      reading: 'dmy',
      parsed: 1,
      ambiguous: true,
      alternative: 'mdy',
    });
  });

  it('prefers D/M/Y with the M/D/Y alternative when regularity ties', () => {
    // Daily in March read D/M/Y; monthly on the 3rd read M/D/Y: equally regular.
    const values = ['01/03/2024', '02/03/2024', '03/03/2024', '04/03/2024', '05/03/2024'];
    expect(inferDateReading(values)).toEqual({
      reading: 'dmy',
      parsed: 1,
      ambiguous: true,
      alternative: 'mdy',
    });
  });

  it.each([
    [['5 Mar 2024', '12 Mar 2024'], 'month-name'],
    [['Jan 2024', 'Feb 2024', 'Mär 2024'], 'year-month'],
    [['2024-01', '2024-02'], 'year-month'],
    [['2024 Q1', '2024 Q2'], 'year-quarter'],
    [['2020-W53', '2021-W01'], 'iso-week'],
  ])('recognises %j as %s', (values, reading) => {
    expect(inferDateReading(values)?.reading).toBe(reading);
  });

  it('tolerates a few non-dates but reports the share parsed', () => {
    const values = Array.from({ length: 19 }, (_, i) => formatIsoDate(dayFromYmd(2024, 1, 1) + i)).concat([
      'Total',
    ]);
    expect(inferDateReading(values)).toEqual({ reading: 'iso', parsed: 0.95, ambiguous: false });
  });

  it('returns null for values that are not dates', () => {
    expect(inferDateReading(['12', '15', '31'])).toBeNull();
    expect(inferDateReading(['STORE_1', 'STORE_2'])).toBeNull();
    expect(inferDateReading(['12.5', '3.75'])).toBeNull();
    expect(inferDateReading([])).toBeNull();
    expect(inferDateReading(['', '  '])).toBeNull();
  });

  it('reads Excel serials only when allowed, and only in a plausible range', () => {
    const serials = ['45000', '45001', '45002'];
    expect(inferDateReading(serials)).toBeNull();
    expect(inferDateReading(serials, { allowExcelSerial: true })).toEqual({
      reading: 'excel-serial',
      parsed: 1,
      ambiguous: false,
    });
    expect(inferDateReading(['5', '12', '140'], { allowExcelSerial: true })).toBeNull();
  });
});
