/** How the tables write metric values: a dash for "not available", a fixed number of decimals otherwise. */
import type { MetricField } from '../../workers/forecast-scores';

const DECIMALS: Partial<Record<MetricField, number>> = { mase: 3, smape: 1, wape: 1, mape: 1, coverage80: 0 };

/** One formatter per number of decimals: toLocaleString with options builds a new one per call, slow over big tables. */
const FORMATTERS = new Map<number, Intl.NumberFormat>();
function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = FORMATTERS.get(decimals);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    FORMATTERS.set(decimals, formatter);
  }
  return formatter;
}

export function formatMetric(value: number | undefined, field: MetricField): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (field === 'coverage80') return `${Math.round(value * 100)}%`;
  const decimals = DECIMALS[field] ?? (Math.abs(value) >= 100 ? 0 : 2);
  const text = formatterFor(decimals).format(value);
  return field === 'smape' || field === 'wape' || field === 'mape' ? `${text}%` : text;
}
