/**
 * How well a date column and a set of key columns tell a table's rows apart: the share of rows
 * whose (date, keys) values no earlier row has. A set of keys that identifies the series brings it
 * to (nearly) 1; a key missing from the set leaves rows that repeat a date and series.
 */
import type { CodeArray, RawTable } from './types';
import { readTextCodes } from './derive-columns';

/** Share of rows that is enough for (date, keys) to count as unique (a few duplicates get merged). */
export const UNIQUE_ENOUGH = 0.98;
/** Rows looked at when judging uniqueness. */
const UNIQUENESS_SAMPLE = 200_000;

export class KeyUniqueness {
  private readonly codes = new Map<string, CodeArray>();
  private readonly rows: number;

  constructor(
    private readonly table: RawTable,
    private readonly dateColumn: string,
  ) {
    this.rows = Math.min(table.rowCount, UNIQUENESS_SAMPLE);
  }

  /** Share of the (sampled) rows whose (date, keys) values are distinct. */
  of(keys: readonly string[]): number {
    let combined = combineCodes(
      { codes: new Int32Array(this.rows), count: 1 },
      this.codesOf(this.dateColumn),
    );
    for (const key of keys) combined = combineCodes(combined, this.codesOf(key));
    return combined.count / Math.max(1, this.rows);
  }

  /**
   * The column that, added to `keys`, makes (date, keys) unique enough — the most unique, then the
   * one with the fewest values — or null. A column with a distinct value on most rows (a
   * transaction id) does not count: it tells rows apart without naming a series.
   */
  completingColumn(keys: readonly string[], candidates: readonly string[]): string | null {
    let best: { column: string; score: number; values: number } | null = null;
    for (const column of candidates) {
      const values = this.distinctValues(column);
      if (values * 2 > Math.max(2, this.rows)) continue;
      const score = this.of([...keys, column]);
      if (score < UNIQUE_ENOUGH) continue;
      if (!best || score > best.score || (score === best.score && values < best.values))
        best = { column, score, values };
    }
    return best?.column ?? null;
  }

  private distinctValues(column: string): number {
    return combineCodes({ codes: new Int32Array(this.rows), count: 1 }, this.codesOf(column)).count;
  }

  private codesOf(name: string): CodeArray {
    let codes = this.codes.get(name);
    if (codes === undefined) {
      const column = this.table.columns.find((candidate) => candidate.name === name);
      if (!column) throw new Error(`No column "${name}" in the table.`);
      codes = readTextCodes(column).codes;
      this.codes.set(name, codes);
    }
    return codes;
  }
}

/** Codes numbered 0, 1, … in order of first appearance. */
interface DenseCodes {
  codes: Int32Array;
  /** How many distinct values there were. */
  count: number;
}

/** Pair spaces up to this size are looked up in a flat table rather than a Map. */
const FLAT_PAIRS = 1 << 22;

/** Dense codes of the pairs (a[row], b[row]), so combining many columns never overflows. */
function combineCodes(a: DenseCodes, b: CodeArray): DenseCodes {
  const rows = a.codes.length;
  let width = 0;
  for (let row = 0; row < rows; row++) width = Math.max(width, b[row]! + 2);
  let aMax = 0;
  for (let row = 0; row < rows; row++) aMax = Math.max(aMax, a.codes[row]!);
  const space = (aMax + 1) * width;
  const out = new Int32Array(rows);
  let count = 0;
  if (space <= FLAT_PAIRS) {
    const codeOf = new Int32Array(space).fill(-1);
    for (let row = 0; row < rows; row++) {
      const pair = a.codes[row]! * width + b[row]! + 1;
      let code = codeOf[pair]!;
      if (code < 0) code = codeOf[pair] = count++;
      out[row] = code;
    }
  } else {
    const codeOf = new Map<number, number>();
    for (let row = 0; row < rows; row++) {
      const pair = a.codes[row]! * width + b[row]! + 1;
      let code = codeOf.get(pair);
      if (code === undefined) codeOf.set(pair, (code = count++));
      out[row] = code;
    }
  }
  return { codes: out, count };
}
