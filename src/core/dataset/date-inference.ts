import type { DateInference, DateReading, DayNumber } from './types';
import { parseDate } from './date-parsing';
import { monthIndexOf, ymdFromDay } from './calendar';

export interface DateInferenceOptions {
  /**
   * Consider Excel serial numbers (integers 20000..80000, 1954..2119). Plain numbers read as dates
   * only when something else says they are dates: pass true when the column's name reads as a
   * date (see `looksLikeDateColumnName`) or when no other column reads as dates.
   */
  allowExcelSerial?: boolean;
}

/** Readings tried, in order of preference when two read the same share (ISO before y/m/d). */
const READINGS: readonly DateReading[] = [
  'iso',
  'ymd',
  'dmy',
  'mdy',
  'month-name',
  'year-month',
  'year-quarter',
  'iso-week',
];

/** Share of the values that must parse for a column to count as dates (leaves room for a 'Total'). */
const MIN_PARSED_SHARE = 0.9;
/** Values looked at: enough to decide, bounded for columns with very many distinct values. */
const MAX_SAMPLE = 5000;
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

const DATE_NAME = /date|day|time|period|week|month|datum|tag|fecha|jour|semaine|mois/i;

export function looksLikeDateColumnName(name: string): boolean {
  return DATE_NAME.test(name);
}

/** How the values are written, or null when they are not dates. */
export function inferDateReading(
  distinctValues: readonly string[],
  options: DateInferenceOptions = {},
): DateInference | null {
  const sample = sampleOf(distinctValues);
  if (sample.length === 0) return null;

  let best: DateInference | null = null;
  const shares = new Map<DateReading, number>();
  for (const reading of READINGS) {
    const parsed = shareParsed(sample, reading);
    shares.set(reading, parsed);
    if (parsed >= MIN_PARSED_SHARE && (best === null || parsed > best.parsed)) {
      best = { reading, parsed, ambiguous: false };
    }
  }
  if (best === null && options.allowExcelSerial === true) {
    const parsed = shareParsed(sample, 'excel-serial', isPlausibleSerial);
    if (parsed >= MIN_PARSED_SHARE) best = { reading: 'excel-serial', parsed, ambiguous: false };
  }
  if (best === null || (best.reading !== 'dmy' && best.reading !== 'mdy')) return best;
  if (shares.get('dmy') !== shares.get('mdy')) return best;
  return chooseDayMonthOrder(sample, best.parsed);
}

/**
 * Every value reads both as D/M/Y and as M/D/Y (no part above 12). The reading whose dates fall on
 * the more regular calendar (steps of a day, a week or a month) is the likelier; ties go to D/M/Y,
 * the order most of the world writes.
 */
function chooseDayMonthOrder(sample: readonly string[], parsed: number): DateInference {
  const dayFirst = regularity(sample, 'dmy');
  const monthFirst = regularity(sample, 'mdy');
  return monthFirst > dayFirst
    ? { reading: 'mdy', parsed, ambiguous: true, alternative: 'dmy' }
    : { reading: 'dmy', parsed, ambiguous: true, alternative: 'mdy' };
}

/** Share of steps between the sorted distinct dates that match the most common regular step. */
function regularity(sample: readonly string[], reading: DateReading): number {
  const days = [...new Set(sample.map((value) => parseDate(value, reading)))]
    .filter((day) => !Number.isNaN(day))
    .sort((a, b) => a - b);
  if (days.length < 2) return 0;
  let daily = 0;
  let weekly = 0;
  let monthly = 0;
  for (let i = 1; i < days.length; i++) {
    const previous = days[i - 1] ?? 0;
    const current = days[i] ?? 0;
    const step = current - previous;
    if (step === 1) daily++;
    else if (step === 7) weekly++;
    else if (isOneMonthApart(previous, current)) monthly++;
  }
  return Math.max(daily, weekly, monthly) / (days.length - 1);
}

function isOneMonthApart(a: DayNumber, b: DayNumber): boolean {
  return monthIndexOf(b) - monthIndexOf(a) === 1 && ymdFromDay(a).day === ymdFromDay(b).day;
}

function shareParsed(
  sample: readonly string[],
  reading: DateReading,
  accept: (value: string) => boolean = () => true,
): number {
  let parsed = 0;
  for (const value of sample) {
    if (accept(value) && !Number.isNaN(parseDate(value, reading))) parsed++;
  }
  return parsed / sample.length;
}

function isPlausibleSerial(value: string): boolean {
  const serial = Number(value);
  return Number.isInteger(serial) && serial >= SERIAL_MIN && serial <= SERIAL_MAX;
}

/** Non-empty trimmed values, evenly spread over the input when there are too many. */
function sampleOf(values: readonly string[]): string[] {
  const step = Math.max(1, values.length / MAX_SAMPLE);
  const sample: string[] = [];
  for (let at = 0; at < values.length; at += step) {
    const value = values[Math.floor(at)]?.trim() ?? '';
    if (value !== '') sample.push(value);
  }
  return sample;
}
