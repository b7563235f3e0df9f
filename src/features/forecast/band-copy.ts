/** How a band is named and how often sales should fall inside it, in words a planner reads at a glance. */
import { currentForecastT, currentLocale, type ForecastT } from './forecast-t';
import { numberFormat } from '../../i18n/format';

const WORDED = new Set([0.5, 0.8, 0.9, 0.95]);

const percentOf = (share: number, locale: string): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

export function bandFrequencyWords(level: number, t: ForecastT = currentForecastT()): string {
  if (WORDED.has(level))
    return t(`band.often.${String(Math.round(level * 100)) as '50' | '80' | '90' | '95'}`);
  return t('band.often.other', { percent: percentOf(level, currentLocale()) });
}

/** "80% interval (p10–p90)" for the chart's legend. */
export function bandName(level: number, t: ForecastT = currentForecastT(), locale = currentLocale()): string {
  const lower = Math.round(((1 - level) / 2) * 100 * 10) / 10;
  const upper = Math.round(((1 + level) / 2) * 100 * 10) / 10;
  return t('band.name', { percent: percentOf(level, locale), lower, upper });
}
