/**
 * Quantities as a planner reads them, in the page's language: whole units from 100 up, one decimal
 * below (a slow mover's 0.4 a day matters), with the language's grouping. The exact value stays
 * in `data-value`. Axis ticks are compact ("1.2M", "120万") so long numbers do not crowd the axis.
 */
import { numberFormat } from '../../i18n/format';
import type { Frequency } from '../../core/dataset/types';
import { ymdFromDay } from '../../core/dataset/calendar';

export function formatQuantity(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatAxisQuantity(value: number, locale: string): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A period's date in the page's language: the day for daily and weekly data, the month for monthly
 * and quarterly data (the ISO date stays in `data-date`).
 */
export function formatPeriod(day: number, frequency: Frequency, locale: string): string {
  const byMonth = frequency === 'monthly' || frequency === 'quarterly';
  const key = `${locale}|${byMonth}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      ...(byMonth ? {} : { day: 'numeric' }),
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  return format.format(Date.UTC(year, month - 1, dayOfMonth));
}
