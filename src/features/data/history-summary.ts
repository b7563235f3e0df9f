/**
 * The history chart in words, for screen readers (the chart itself is a picture): which series,
 * over which dates, how much in total and at the peak, and which covariates are drawn below.
 */
import { formatIsoDate } from '../../core/dataset/dates';
import type { ChartRow } from './chart-rows';
import { formatCount, formatSales } from './format';

export function historySummary(
  title: string,
  targetName: string,
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
  if (!first || !last || peak === null) return `${title}: no ${targetName} to show.`;
  const below = covariates.length > 0 ? ` Drawn below: ${covariates.join(', ')}.` : '';
  return (
    `${title}: ${targetName} from ${formatIsoDate(first.day)} to ${formatIsoDate(last.day)}, ` +
    `${formatCount(observed)} ${observed === 1 ? 'period' : 'periods'} with a value, ` +
    `${formatSales(total)} in all, highest ${formatSales(peak.sales ?? 0)} on ${formatIsoDate(peak.day)}.${below}`
  );
}
