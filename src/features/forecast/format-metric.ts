/**
 * How the tables write metric values: a dash for "not available", a fixed number of decimals
 * otherwise, in the page's language (src/i18n/format.ts caches one formatter per locale and option).
 */
import { numberFormat } from '../../i18n/format';
import type { MetricField } from '../../core/forecast/score-layout';
import { currentLocale } from './forecast-t';

const DECIMALS: Partial<Record<MetricField, number>> = { mase: 3, smape: 1, wape: 1, mape: 1, coverage80: 0 };
const PERCENT_FIELDS: ReadonlySet<MetricField> = new Set<MetricField>(['smape', 'wape', 'mape']);

const fixed = (locale: string, decimals: number): Intl.NumberFormat =>
  numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** Metric values in percent (sMAPE, WAPE, MAPE) are stored as 12.5 for 12.5 %; coverage as a share. */
export function formatMetric(
  value: number | undefined,
  field: MetricField,
  locale: string = currentLocale(),
): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (field === 'coverage80') return numberFormat(locale, { style: 'percent' }).format(value);
  const decimals = DECIMALS[field] ?? (Math.abs(value) >= 100 ? 0 : 2);
  if (PERCENT_FIELDS.has(field))
    return numberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value / 100);
  return fixed(locale, decimals).format(value);
}

/** A share (0.18) as a whole percentage ("18%"), for sentences. */
export function formatShare(share: number, locale: string = currentLocale()): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A fitted parameter or coefficient: four significant digits, in exponent form when it is very
 * small or very large (a perfect fit's error variance of 1e-30 would otherwise print 30 zeros).
 */
export function formatParameter(value: number, locale: string = currentLocale()): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size !== 0 && (size < 1e-4 || size >= 1e12)) {
    const [mantissa = '', exponent = ''] = value.toExponential(3).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}e${exponent}`;
  }
  return numberFormat(locale, { maximumSignificantDigits: 4 }).format(value);
}
