/**
 * Numbers and dates as the inventory page writes them, in the page's language (`i18n/format.ts`);
 * the order export keeps its own plain numbers and ISO dates.
 */
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../i18n/format';

export interface InventoryFormat {
  units(value: number): string;
  money(value: number): string;
  /** A share (0–1) as a percentage with exactly one decimal. */
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

/**
 * One rule for every share on the page (fill rate, service level, stock-out risk, targets): a percentage
 * with exactly one decimal, in the locale's own percent format ("97.0%" beside "95.9%", never "97%");
 * differences of shares in points with the same one decimal.
 */
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

export function inventoryFormat(
  locale: string,
  pointsText: (sign: string, value: string) => string,
): InventoryFormat {
  const units = numberFormat(locale, { maximumFractionDigits: 1 });
  const money = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = numberFormat(locale, { style: 'percent', ...ONE_DECIMAL });
  const points = numberFormat(locale, ONE_DECIMAL);
  return {
    units: (value) => units.format(value),
    money: (value) => money.format(value),
    share: (share) => percent.format(share),
    points: (delta) => pointsText(delta >= 0 ? '+' : '−', points.format(Math.abs(delta) * 100)),
    date: (day) => dateFormat(locale).format(new Date(day * DAY_MS)),
  };
}

export function useInventoryFormat(): InventoryFormat {
  const { t, i18n } = useTranslation('inventory');
  return inventoryFormat(i18n.language, (sign, value) => t('kpis.points', { sign, value }));
}
