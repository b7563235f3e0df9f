/**
 * The history chart in words, for screen readers (the chart itself is a picture): which series,
 * over which dates, how much in total and at the peak, and which covariates are drawn below.
 */
import type { TFunction } from 'i18next';
import type { ChartRow } from './chart-rows';
import { formatDay, formatSales } from './format';
import { listText } from './word-lists';

export function historySummary(
  t: TFunction<'data'>,
  locale: string,
  title: string,
  target: string,
  rows: readonly ChartRow[],
  covariates: readonly string[],
): string {
  let total = 0;
  let observed = 0;
  let peak: ChartRow | null = null;
  for (const row of rows) {
    if (row.sales === null) continue;
    observed++;
    total += row.sales;
    if (peak === null || row.sales > (peak.sales ?? -Infinity)) peak = row;
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || peak === null) return t('chart.nothing', { title, target });
  const summary = t('chart.summary', {
    title,
    target,
    first: formatDay(locale, first.day),
    last: formatDay(locale, last.day),
    count: observed,
    total: formatSales(locale, total),
    peak: formatSales(locale, peak.sales ?? 0),
    peakDate: formatDay(locale, peak.day),
  });
  if (covariates.length === 0) return summary;
  return t('chart.drawnBelow', { summary, names: listText(t, covariates) });
}
