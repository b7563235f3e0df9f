/**
 * Quantities as a planner reads them: whole units from 100 up, one decimal below (a slow mover's
 * 0.4 a day matters), with thousands separators. The exact value stays in `data-value`.
 */
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatQuantity(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Math.abs(value) >= 100 ? WHOLE.format(value) : ONE_DECIMAL.format(value);
}

/** "28 days", "8 weeks", "1 month". */
export function periodsInWords(
  count: number,
  frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly',
): string {
  const unit = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter' }[frequency];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
