/**
 * Numbers, dates and labels of the data step, in the user's language (`Intl`, src/i18n/format.ts).
 * Dates are day numbers in UTC; they are shown in the locale's medium style (Mar 5, 2024 /
 * 2024年3月5日), while exports keep ISO dates.
 */
import { numberFormat } from '../../i18n/format';

export function formatCount(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Sales figures: whole numbers grouped, large ones shortened (12.3K, 1.2万). */
export function formatSales(locale: string, value: number): string {
  return Math.abs(value) >= 100_000
    ? numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
    : formatCount(locale, value);
}

export function formatShare(locale: string, share: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Kilobytes and megabytes through Intl's units; bytes below 1 KB as a plain count, worded by the caller. */
export function formatKiloBytes(locale: string, bytes: number): string | null {
  if (bytes < 1024) return null;
  const [value, unit] =
    bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return numberFormat(locale, {
    style: 'unit',
    unit,
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A day number (days since 1970-01-01, UTC) as a date in the locale's medium style. */
export function formatDay(locale: string, day: number): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(day * 86_400_000));
}

/**
 * A series as the user wrote its keys, joined by '/'. Series ids escape a '/' inside a key
 * (`2\/1`) so that ids never collide; that escaping is for exported files, not for people.
 */
export function seriesLabel(keys: readonly string[]): string {
  return keys.join('/');
}
