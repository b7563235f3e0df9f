/**
 * Numbers and dates as the inventory page writes them, in the page's language (`i18n/format.ts`);
 * the order export keeps its own plain numbers and ISO dates.
 */
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../i18n/format';

export interface InventoryFormat {
  units(value: number): string;
  money(value: number): string;
  /** A share (0–1) as a percentage with one decimal. */
  share(share: number): string;
  /** A difference of shares in percentage points, signed. */
  points(delta: number): string;
  /** A day number (days since 1970-01-01) as a date. */
  date(day: number): string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

const DAY_MS = 86_400_000;

export function useInventoryFormat(): InventoryFormat {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;
  const units = numberFormat(locale, { maximumFractionDigits: 1 });
  const money = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    units: (value) => units.format(value),
    money: (value) => money.format(value),
    share: (share) => percent.format(share),
    points: (delta) =>
      t('kpis.points', { sign: delta >= 0 ? '+' : '−', value: units.format(Math.abs(delta) * 100) }),
    date: (day) => dateFormat(locale).format(new Date(day * DAY_MS)),
  };
}
