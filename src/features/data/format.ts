/** Number and label formatting for the data step (en-US grouping, so tests and screenshots agree). */
import type { Frequency, Layout } from '../../core/dataset/types';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** Sales figures: whole numbers grouped, large ones shortened (12.3K). */
export function formatSales(value: number): string {
  return Math.abs(value) >= 100_000 ? compact.format(value) : integer.format(value);
}

export function formatShare(share: number): string {
  return percent.format(share);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export const FREQUENCY_LABEL: Record<Frequency, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export const LAYOUT_LABEL: Record<Layout, string> = {
  long: 'Long (one row per date and series)',
  'wide-dates-as-columns': 'Wide, one column per date — pivoted from wide',
  'wide-series-as-columns': 'Wide, one column per series — pivoted from wide',
};

/**
 * A series as the user wrote its keys, joined by '/'. Series ids escape a '/' inside a key
 * (`2\/1`) so that ids never collide; that escaping is for exported files, not for people.
 */
export function seriesLabel(keys: readonly string[]): string {
  return keys.join('/');
}
