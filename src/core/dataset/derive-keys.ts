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

export function buildSeriesCodes(
  keys: readonly KeyColumn[],
  rowCount: number,
  singleName: string,
): SeriesCodes {
  if (keys.length === 0) return { series: new Int32Array(rowCount), seriesKeys: [[singleName]] };
  // Empty key cells (-1) get their own slot (+1 shift), so they form a series with an empty key.
  let space = 1;
  for (const key of keys) space *= key.dict.length + 1;
  const slotOf = (row: number): number => {
    let slot = 0;
    for (const key of keys) slot = slot * (key.dict.length + 1) + key.codes[row]! + 1;
    return slot;
  };
  // Codes in order of first appearance, written straight into the array that ends up ranked.
  const series = new Int32Array(rowCount);
  const firstRow: number[] = [];
  if (space <= FLAT_TABLE_LIMIT) {
    const codeOfSlot = new Int32Array(space).fill(-1);
    for (let row = 0; row < rowCount; row++) {
      const slot = slotOf(row);
      let code = codeOfSlot[slot]!;
      if (code < 0) code = codeOfSlot[slot] = firstRow.push(row) - 1;
      series[row] = code;
    }
  } else {
    const codeOfSlot = new Map<number, number>();
    for (let row = 0; row < rowCount; row++) {
      const slot = slotOf(row);
      let code = codeOfSlot.get(slot);
      if (code === undefined) codeOfSlot.set(slot, (code = firstRow.push(row) - 1));
      series[row] = code;
    }
  }
  const keysOf = firstRow.map((row) =>
    keys.map((key) => {
      const code = key.codes[row]!;
      return code < 0 ? '' : key.dict[code]!;
    }),
  );
  const order = keysOf.map((_, code) => code);
  order.sort((a, b) => compareKeys(keysOf[a]!, keysOf[b]!));
  const rank = new Int32Array(order.length);
  order.forEach((code, position) => (rank[code] = position));
  for (let row = 0; row < rowCount; row++) series[row] = rank[series[row]!]!;
  return { series, seriesKeys: order.map((code) => keysOf[code]!) };
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = collator.compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}
