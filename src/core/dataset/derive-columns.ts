/**
 * Reads one RawTable column under a meaning (number, 0/1 flag, date, key, category). Dictionary
 * columns are interpreted once per distinct string and then mapped through their codes, so a
 * million-row column with a few thousand distinct values costs a few thousand parses.
 */
import type { CodeArray, DateReading, NumberFormat, RawColumn } from './types';
import { parseDate } from './dates';
import { makeNumberParser } from './numbers';
import { MAX_EXAMPLES } from './derive-issue';
import { toFloat64, type RowValues } from './row-values';

export interface ColumnReading {
  /** One value per row; NaN for an empty or unreadable cell. */
  values: Float64Array;
  /** Non-empty cells that could not be read. */
  unreadable: number;
  /** 1 on rows whose non-empty cell could not be read; null when every cell was read. */
  unreadableRows: Uint8Array | null;
  /** Rows of the first few unreadable cells, and their text. */
  exampleRows: number[];
  exampleText: string[];
}

/** A reading whose values may stay coded (see RowValues): for covariates, read once per grid row. */
export interface CodedReading extends Omit<ColumnReading, 'values'> {
  values: RowValues;
}

function rowCount(column: RawColumn): number {
  return column.kind === 'dict' ? column.codes.length : column.values.length;
}

/** readEachCoded with one number per row. */
function readEach(
  column: RawColumn,
  interpretText: (text: string) => number,
  interpretNumber: (value: number) => number,
): ColumnReading {
  const reading = readEachCoded(column, interpretText, interpretNumber);
  return { ...reading, values: toFloat64(reading.values) };
}

/**
 * Applies `interpret` to each distinct text of the column (numeric columns: to their values). A
 * dictionary column's values stay coded: its codes and one value per dictionary entry.
 */
function readEachCoded(
  column: RawColumn,
  interpretText: (text: string) => number,
  interpretNumber: (value: number) => number,
): CodedReading {
  const n = rowCount(column);
  const exampleRows: number[] = [];
  const exampleText: string[] = [];
  let unreadable = 0;
  let unreadableRows: Uint8Array | null = null;
  const note = (row: number, text: string): void => {
    unreadable++;
    unreadableRows ??= new Uint8Array(n);
    unreadableRows[row] = 1;
    if (exampleRows.length < MAX_EXAMPLES) {
      exampleRows.push(row);
      exampleText.push(text);
    }
  };
  if (column.kind === 'dict') {
    const byCode = Float64Array.from(column.dict, (text) => interpretText(text));
    const { codes, dict } = column;
    if (byCode.some(Number.isNaN)) {
      for (let row = 0; row < n; row++) {
        const code = codes[row]!;
        if (code >= 0 && Number.isNaN(byCode[code]!)) note(row, dict[code]!);
      }
    }
    return { values: { codes, byCode }, unreadable, unreadableRows, exampleRows, exampleText };
  }
  const values = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    const raw = column.values[row]!;
    if (Number.isNaN(raw)) {
      values[row] = NaN;
      const text = column.text.get(row);
      if (text !== undefined) note(row, text);
      continue;
    }
    const value = interpretNumber(raw);
    values[row] = value;
    if (Number.isNaN(value)) note(row, String(raw));
  }
  return { values, unreadable, unreadableRows, exampleRows, exampleText };
}

/**
 * Numbers per row. A numeric column already holds them: its own array is returned, not a copy
 * (readings are never written to), which saves a full column of memory per mapped number column.
 */
export function readNumbers(column: RawColumn, format: NumberFormat): ColumnReading {
  if (column.kind === 'dict') return readEach(column, makeNumberParser(format), (value) => value);
  const n = column.values.length;
  const reading: ColumnReading = {
    values: column.values,
    unreadable: 0,
    unreadableRows: null,
    exampleRows: [],
    exampleText: [],
  };
  for (const [row, text] of column.text) {
    reading.unreadable++;
    reading.unreadableRows ??= new Uint8Array(n);
    reading.unreadableRows[row] = 1;
    if (reading.exampleRows.length < MAX_EXAMPLES) {
      reading.exampleRows.push(row);
      reading.exampleText.push(text);
    }
  }
  return reading;
}

/** readNumbers for a covariate: a dictionary column's numbers stay coded. */
export function readCodedNumbers(column: RawColumn, format: NumberFormat): CodedReading {
  return column.kind === 'dict'
    ? readEachCoded(column, makeNumberParser(format), (value) => value)
    : readNumbers(column, format);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'ja', 'oui', 'si', 'sí', 'x', 'wahr', 'vrai']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nein', 'non', 'falsch', 'faux']);

/** Reads a flag written as 0/1 (any non-zero number is 1) or true/false, yes/no and the like. */
export function makeFlagParser(format: NumberFormat): (text: string) => number {
  const parseNumber = makeNumberParser(format);
  return (text) => {
    const word = text.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return 1;
    if (FALSE_WORDS.has(word)) return 0;
    const value = parseNumber(text);
    return Number.isNaN(value) ? NaN : value !== 0 ? 1 : 0;
  };
}

export function readFlags(column: RawColumn, format: NumberFormat): ColumnReading {
  const reading = readCodedFlags(column, format);
  return { ...reading, values: toFloat64(reading.values) };
}

/** readFlags for a covariate: a dictionary column's flags stay coded. */
export function readCodedFlags(column: RawColumn, format: NumberFormat): CodedReading {
  return readEachCoded(column, makeFlagParser(format), (value) => (value !== 0 ? 1 : 0));
}

/** Day numbers (NaN = empty or unreadable). Numeric columns hold e.g. Excel serials or 20240131. */
export function readDays(column: RawColumn, reading: DateReading): ColumnReading {
  const cache = new Map<number, number>();
  return readEach(
    column,
    (text) => parseDate(text, reading),
    (value) => {
      const known = cache.get(value);
      if (known !== undefined) return known;
      const day: number = parseDate(String(value), reading);
      cache.set(value, day);
      return day;
    },
  );
}

/** readDays with a dictionary column's days left coded (one parse per distinct text either way). */
export function readCodedDays(column: RawColumn, reading: DateReading): CodedReading {
  if (column.kind !== 'dict') return readDays(column, reading);
  return readEachCoded(
    column,
    (text) => parseDate(text, reading),
    (value) => value,
  );
}

/** 1 where the cell is empty (not where it is unreadable). */
export function readEmptyCells(column: RawColumn): Uint8Array {
  const n = rowCount(column);
  const empty = new Uint8Array(n);
  if (column.kind === 'dict') {
    for (let row = 0; row < n; row++) if (column.codes[row]! < 0) empty[row] = 1;
  } else {
    for (let row = 0; row < n; row++) {
      if (Number.isNaN(column.values[row]!) && !column.text.has(row)) empty[row] = 1;
    }
  }
  return empty;
}

/** Codes into a dictionary of the column's texts (-1 = empty); numeric cells are written back as text. */
export function readTextCodes(column: RawColumn): { codes: CodeArray; dict: string[] } {
  if (column.kind === 'dict') return { codes: column.codes, dict: column.dict };
  const codes = new Int32Array(column.values.length);
  const dict: string[] = [];
  const codeOf = new Map<string, number>();
  for (let row = 0; row < codes.length; row++) {
    const value = column.values[row]!;
    const text = Number.isNaN(value) ? column.text.get(row) : String(value);
    if (text === undefined) {
      codes[row] = -1;
      continue;
    }
    let code = codeOf.get(text);
    if (code === undefined) {
      code = dict.length;
      dict.push(text);
      codeOf.set(text, code);
    }
    codes[row] = code;
  }
  return { codes, dict };
}

/** A categorical covariate: codes as numbers (NaN = empty) plus the category names. */
export function readCategories(column: RawColumn): { values: RowValues; categories: string[] } {
  const { codes, dict } = readTextCodes(column);
  return { values: { codes, byCode: Float64Array.from(dict, (_, code) => code) }, categories: dict };
}
