/**
 * Outliers, found per series by a robust rule: a value is flagged when it lies more than K robust
 * scales from the median of a window of its neighbours AND differs as much from the same period one
 * season before and after (where those exist), so recurring peaks (Christmas, weekends) are not
 * outliers. The scale is the MAD, or the mean absolute deviation where the MAD is 0 (most of the
 * window is one value, as in slow movers), and never below one unit for count data, so a slow
 * mover's occasional 2 or 3 is not flagged. Flagged values are only marked, or capped to the bound.
 */
import { RowState, type CleaningSettings, type DataIssue, type Frequency } from './types';
import type { GridRows } from './clean-gaps';
import { ExampleLines, makeIssue } from './derive-issue';

/** Robust scales from the window median beyond which a value is an outlier. */
const K = 5;
/** Neighbours (observed values) in the window around a value; odd, about a month or a quarter. */
const WINDOW: Record<Frequency, number> = { daily: 29, weekly: 13, monthly: 13, quarterly: 9 };
const SEASON: Record<Frequency, number> = { daily: 7, weekly: 52, monthly: 12, quarterly: 4 };
/** Series with fewer observed values are too short to tell an outlier from the level. */
const MIN_VALUES = 8;
/** MAD → standard deviation and mean absolute deviation → standard deviation, for normal data. */
const MAD_TO_SD = 1.4826;
const MEAN_AD_TO_SD = 1.2533;

export function findOutliers(
  gridRows: GridRows,
  historyEnd: Int32Array,
  frequency: Frequency,
  line: Int32Array,
  mode: CleaningSettings['outliers'],
): { outlier: Uint8Array; issue: DataIssue | null } {
  const { seriesStart, target, rowState, source } = gridRows;
  const outlier = new Uint8Array(gridRows.length);
  const found = new ExampleLines();
  const season = SEASON[frequency];
  // Scratch for one series at a time: sized to the longest history, not to every row.
  let longest = 0;
  for (let s = 0; s < historyEnd.length; s++) longest = Math.max(longest, historyEnd[s]! - seriesStart[s]!);
  const positions = new Int32Array(longest);
  const values = new Float64Array(longest);
  const window = { median: 0, scale: 0 };
  for (let s = 0; s < historyEnd.length; s++) {
    const start = seriesStart[s]!;
    const end = historyEnd[s]!;
    let m = 0;
    let integer = true;
    for (let at = start; at < end; at++) {
      if (rowState[at] !== RowState.Observed) continue;
      positions[m++] = at;
      if (!Number.isInteger(target[at]!)) integer = false;
    }
    if (m < MIN_VALUES) continue;
    for (let i = 0; i < m; i++) values[i] = target[positions[i]!]!;
    const width = Math.min(WINDOW[frequency], m);
    const step = Math.max(1, Math.floor(width / 3));
    const unit = integer ? 1 : 0;
    for (let blockStart = 0; blockStart < m; blockStart += step) {
      const centre = Math.min(blockStart + (step >> 1), m - 1);
      const windowStart = Math.max(0, Math.min(centre - (width >> 1), m - width));
      describeWindow(values, windowStart, width, unit, window);
      const { median, scale } = window;
      for (let i = blockStart; i < Math.min(blockStart + step, m); i++) {
        const at = positions[i]!;
        const value = values[i]!;
        if (Math.abs(value - median) <= K * scale) continue;
        if (!differsFromSeason(target, rowState, at, start, end, season, K * scale)) continue;
        outlier[at] = 1;
        found.add(line[source[at]!]!);
        if (mode === 'cap') target[at] = value > median ? median + K * scale : median - K * scale;
      }
    }
  }
  if (found.count === 0) return { outlier, issue: null };
  const detail = { code: 'outliers', params: { mode } } as const;
  return { outlier, issue: makeIssue('status', detail, found.count, found.lines) };
}

/** Scratch space for one window, reused: this runs once per few rows, so allocation would dominate. */
const scratch = new Float64Array(Math.max(...Object.values(WINDOW)));

/** Writes the median and robust scale of values[start, start + width) into `out`. */
function describeWindow(
  values: Float64Array,
  start: number,
  width: number,
  unit: number,
  out: { median: number; scale: number },
): void {
  for (let i = 0; i < width; i++) scratch[i] = values[start + i]!;
  insertionSort(scratch, width);
  const median = middle(scratch, width);
  const mad = middleDeviation(scratch, width, median);
  out.median = median;
  // The mean absolute deviation is not robust to the outlier itself, so it only stands in for a MAD of 0.
  const spread = mad > 0 ? MAD_TO_SD * mad : MEAN_AD_TO_SD * meanAbsoluteDeviation(scratch, width, median);
  out.scale = Math.max(spread, unit, Number.EPSILON * (1 + Math.abs(median)));
}

function meanAbsoluteDeviation(values: Float64Array, length: number, median: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += Math.abs(values[i]! - median);
  return sum / length;
}

/**
 * The median of |x - median| over sorted x, without sorting the deviations: they grow outwards
 * from the median, so merging the two sides (left going down, right going up) lists them in order.
 */
function middleDeviation(sorted: Float64Array, length: number, median: number): number {
  const half = length >> 1;
  let right = half;
  let left = half - 1;
  let previous = 0;
  let current = 0;
  for (let k = 0; k <= half; k++) {
    previous = current;
    const fromLeft = left >= 0 ? median - sorted[left]! : Infinity;
    const fromRight = right < length ? sorted[right]! - median : Infinity;
    if (fromLeft <= fromRight) {
      current = fromLeft;
      left--;
    } else {
      current = fromRight;
      right++;
    }
  }
  return length % 2 === 1 ? current : (previous + current) / 2;
}

/** Windows are a few dozen values: insertion sort beats allocating for a library sort. */
function insertionSort(array: Float64Array, length: number): void {
  for (let i = 1; i < length; i++) {
    const value = array[i]!;
    let j = i - 1;
    while (j >= 0 && array[j]! > value) {
      array[j + 1] = array[j]!;
      j--;
    }
    array[j + 1] = value;
  }
}

function middle(sorted: Float64Array, length: number): number {
  const half = length >> 1;
  return length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/** True unless the same period a season before or after (when observed) is as extreme. */
function differsFromSeason(
  target: Float64Array,
  rowState: Uint8Array,
  at: number,
  start: number,
  end: number,
  season: number,
  bound: number,
): boolean {
  for (const neighbour of [at - season, at + season]) {
    if (neighbour < start || neighbour >= end || rowState[neighbour] !== RowState.Observed) continue;
    if (Math.abs(target[at]! - target[neighbour]!) <= bound) return false;
  }
  return true;
}
