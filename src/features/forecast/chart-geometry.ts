/**
 * The forecast chart's geometry, as plain functions: linear scales, round axis ticks, and SVG path
 * text for a line (broken where a value is missing) and for a band. The chart draws its few
 * hundred points as a handful of `<path>` elements, which costs the main thread a few
 * milliseconds where a general chart library's per-point layout took hundreds.
 */
import type { ChartRow } from './chart-data';

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
}

/** Maps [d0, d1] onto [r0, r1] (a zero-width domain maps to the middle of the range). */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  return scale;
}

/** A step of 1, 2 or 5 × 10^k that splits `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** The value axis: a domain widened to round numbers, and the round ticks inside it. */
export function valueTicks(
  low: number,
  high: number,
  count: number,
): { domain: [number, number]; ticks: number[] } {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { domain: [0, 1], ticks: [0, 1] };
  if (low === high) {
    low -= low === 0 ? 0 : Math.abs(low) / 2;
    high += high === 0 ? 1 : Math.abs(high) / 2;
  }
  const step = niceStep(high - low, count);
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded so 0.1 + 0.2 prints as 0.3.
  for (let value = start; value <= end + step / 2; value += step) ticks.push(Number(value.toPrecision(12)));
  return { domain: [start, end], ticks };
}

/** About `count` evenly spaced days between `first` and `last` (whole days). */
export function dayTicks(first: number, last: number, count: number): number[] {
  if (last <= first) return [first];
  const step = Math.max(1, Math.round((last - first) / Math.max(1, count)));
  const ticks: number[] = [];
  for (let day = first; day <= last; day += step) ticks.push(day);
  return ticks;
}

type LineKey = 'actual' | 'validation' | 'test' | 'future';

/** SVG path text through the rows' `key` values; a missing value ends the current stretch. */
export function linePath(rows: ChartRow[], key: LineKey, x: LinearScale, y: LinearScale): string {
  let path = '';
  let drawing = false;
  for (const row of rows) {
    const value = row[key];
    if (value === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${x(row.day).toFixed(1)},${y(value).toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/** SVG path text for the band: each unbroken stretch of rows with a band is one closed shape. */
export function bandPath(rows: ChartRow[], x: LinearScale, y: LinearScale): string {
  let path = '';
  let stretch: ChartRow[] = [];
  const close = (): void => {
    if (stretch.length > 0) {
      const upper = stretch.map(
        (row, i) => `${i === 0 ? 'M' : 'L'}${x(row.day).toFixed(1)},${y(row.band?.[1] ?? 0).toFixed(1)}`,
      );
      const lower = [...stretch]
        .reverse()
        .map((row) => `L${x(row.day).toFixed(1)},${y(row.band?.[0] ?? 0).toFixed(1)}`);
      path += `${upper.join('')}${lower.join('')}Z`;
    }
    stretch = [];
  };
  for (const row of rows) {
    if (row.band === null) close();
    else stretch.push(row);
  }
  close();
  return path;
}

/** The lowest and highest value any line or the band reaches (NaN when there are none). */
export function valueExtent(rows: ChartRow[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  const include = (value: number | null): void => {
    if (value === null) return;
    if (value < low) low = value;
    if (value > high) high = value;
  };
  for (const row of rows) {
    include(row.actual);
    include(row.validation);
    include(row.test);
    include(row.future);
    if (row.band !== null) {
      include(row.band[0]);
      include(row.band[1]);
    }
  }
  return low <= high ? [low, high] : [NaN, NaN];
}

/** Index of the row whose day is closest to `day` (rows sorted by day; -1 when empty). */
export function nearestRow(rows: ChartRow[], day: number): number {
  let low = 0;
  let high = rows.length - 1;
  if (high < 0) return -1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rows[middle] as ChartRow).day < day) low = middle + 1;
    else high = middle;
  }
  const before = rows[low - 1];
  return before !== undefined && day - before.day <= (rows[low] as ChartRow).day - day ? low - 1 : low;
}
