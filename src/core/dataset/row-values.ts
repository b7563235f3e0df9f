/**
 * Values read from a table column, one per row, without necessarily a number stored per row: a
 * dictionary column's reading is its codes plus one value per code. A million-row covariate with a
 * few thousand distinct cells then costs its (already held) codes and a small table, not 8 MB of
 * Float64Array that is dropped again as soon as the rows are laid on the series grid.
 */
import type { CodeArray, Covariate } from './types';

export interface CodedValues {
  /** The column's own codes (-1 = empty cell). */
  codes: CodeArray;
  /** The value of each code; NaN for a cell that could not be read. */
  byCode: Float64Array;
}

/** One number per row (NaN = empty or unreadable), as an array or as dictionary codes. */
export type RowValues = Float64Array | CodedValues;

/** A covariate before its rows are laid on the series grid. */
export interface RowCovariate extends Omit<Covariate, 'values'> {
  values: RowValues;
}

export function valueAt(values: RowValues, row: number): number {
  if (values instanceof Float64Array) return values[row]!;
  const code = values.codes[row]!;
  return code < 0 ? NaN : values.byCode[code]!;
}

/** The values as one number per row (a new array for coded values; an array is returned as is). */
export function toFloat64(values: RowValues): Float64Array {
  if (values instanceof Float64Array) return values;
  const { codes, byCode } = values;
  const out = new Float64Array(codes.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row]!;
    out[row] = code < 0 ? NaN : byCode[code]!;
  }
  return out;
}

/**
 * Every value that occurs in the first `length` rows, at least once: for coded values each used
 * code's value once (NaN for an empty cell), so a scan over them costs the dictionary, not the rows.
 */
export function valuesThatOccur(values: RowValues, length: number): Float64Array {
  if (values instanceof Float64Array) return values.subarray(0, length);
  const { codes, byCode } = values;
  const used = new Uint8Array(byCode.length + 1);
  for (let row = 0; row < length; row++) used[codes[row]! + 1] = 1;
  const occurring: number[] = [];
  for (let slot = 0; slot < used.length; slot++)
    if (used[slot] === 1) occurring.push(slot === 0 ? NaN : byCode[slot - 1]!);
  return Float64Array.from(occurring);
}

/** `map` of each row's value, as integers; coded values are mapped once per code. */
export function mapToInt32(values: RowValues, length: number, map: (value: number) => number): Int32Array {
  const out = new Int32Array(length);
  if (values instanceof Float64Array) {
    for (let row = 0; row < length; row++) out[row] = map(values[row]!);
    return out;
  }
  const { codes } = values;
  const mappedByCode = Int32Array.from(values.byCode, map);
  for (let row = 0; row < length; row++) {
    const code = codes[row]!;
    out[row] = code < 0 ? map(NaN) : mappedByCode[code]!;
  }
  return out;
}
