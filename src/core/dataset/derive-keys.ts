/**
 * Series identity: combines the codes of the key columns into one dense series code per row, and
 * orders the series by their key values (numbers in keys compare as numbers: STORE_2 < STORE_10).
 */
import type { CodeArray } from './types';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export interface KeyColumn {
  codes: CodeArray;
  dict: string[];
}

export interface SeriesCodes {
  /** Dense series code per row; series are ordered by key values. */
  series: Int32Array;
  /** Key values per series code. */
  seriesKeys: string[][];
}

/** Largest combined-key space looked up through a flat table rather than a Map. */
const FLAT_TABLE_LIMIT = 1 << 22;

export function buildSeriesCodes(keys: readonly KeyColumn[], rowCount: number, singleName: string): SeriesCodes {
  if (keys.length === 0) return { series: new Int32Array(rowCount), seriesKeys: [[singleName]] };
  // Empty key cells (-1) get their own slot (+1 shift), so they form a series with an empty key.
  let space = 1;
  for (const key of keys) space *= key.dict.length + 1;
  const combined = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    let value = 0;
    for (const key of keys) value = value * (key.dict.length + 1) + key.codes[row]! + 1;
    combined[row] = value;
  }
  const firstCode: number[] = [];
  const rawSeries = new Int32Array(rowCount);
  const assign = (row: number, existing: number | undefined): number => {
    if (existing !== undefined && existing >= 0) return existing;
    firstCode.push(row);
    return firstCode.length - 1;
  };
  if (space <= FLAT_TABLE_LIMIT) {
    const table = new Int32Array(space).fill(-1);
    for (let row = 0; row < rowCount; row++) {
      const slot = combined[row]!;
      const code = assign(row, table[slot]);
      table[slot] = code;
      rawSeries[row] = code;
    }
  } else {
    const map = new Map<number, number>();
    for (let row = 0; row < rowCount; row++) {
      const slot = combined[row]!;
      const code = assign(row, map.get(slot));
      map.set(slot, code);
      rawSeries[row] = code;
    }
  }
  const keysOf = firstCode.map((row) =>
    keys.map((key) => {
      const code = key.codes[row]!;
      return code < 0 ? '' : key.dict[code]!;
    }),
  );
  const order = keysOf.map((_, code) => code);
  order.sort((a, b) => compareKeys(keysOf[a]!, keysOf[b]!));
  const rank = new Int32Array(order.length);
  order.forEach((code, position) => (rank[code] = position));
  const series = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row++) series[row] = rank[rawSeries[row]!]!;
  return { series, seriesKeys: order.map((code) => keysOf[code]!) };
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = collator.compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}
