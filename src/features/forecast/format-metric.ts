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

const PARAMETER_FORMAT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

/**
 * A fitted parameter or coefficient: four significant digits, in exponent form when it is very
 * small or very large (a perfect fit's error variance of 1e-30 would otherwise print 30 zeros).
 */
export function formatParameter(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size !== 0 && (size < 1e-4 || size >= 1e12)) {
    const [mantissa = '', exponent = ''] = value.toExponential(3).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}e${exponent}`;
  }
  return PARAMETER_FORMAT.format(value);
}
