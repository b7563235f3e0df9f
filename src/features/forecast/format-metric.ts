/** How the tables write metric values: a dash for "not available", a fixed number of decimals otherwise. */
import type { MetricField } from '../../workers/forecast-scores';

const DECIMALS: Partial<Record<MetricField, number>> = { mase: 3, smape: 1, wape: 1, mape: 1, coverage80: 0 };

export function formatMetric(value: number | undefined, field: MetricField): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (field === 'coverage80') return `${Math.round(value * 100)}%`;
  const decimals = DECIMALS[field] ?? (Math.abs(value) >= 100 ? 0 : 2);
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return field === 'smape' || field === 'wape' || field === 'mape' ? `${text}%` : text;
}
