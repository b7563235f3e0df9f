import type { CodeArray, DataIssue, RawColumn, RawTable, TextFormat } from './types';
import { makeNumberParser } from './numbers';
import { uniqueHeaderNames } from './header-names';
import { joinPeriodColumns } from './period-columns';
import { NO_PARAMS } from './problem-codes';

/** A column switches from dictionary to numbers once it has more distinct values than this… */
const NUMERIC_MIN_DISTINCT = 5000;
/** …and they are more than this share of the rows so far (a date or key column never is)… */
const NUMERIC_MIN_SHARE = 0.05;
/** …and at least this share of its distinct values read as numbers. */
const NUMERIC_MIN_PARSED = 0.95;
const INITIAL_CAPACITY = 1024;
/** An integer written with a leading zero (`00123`) is an identifier: its zeros must survive. */
const LEADING_ZERO = /^\s*0\d/;

/**
 * Collects rows of text fields into columns (see RawColumn): a dictionary and a code per row,
 * or, for a column with very many distinct numbers, the numbers themselves.
 */
class ColumnBuilder {
  readonly name: string;
  private codeOf: Map<string, number> | null = new Map();
  private dict: string[] = [];
  private codes: CodeArray;
  private values: Float64Array | null = null;
  private readonly text = new Map<number, string>();
  private numericChecked = false;
  /** The previous dictionary cell and its code. */
  private lastCell: string | null = null;
  private lastCode = -1;

  constructor(
    name: string,
    capacity: number,
    private readonly parseNumber: (text: string) => number,
  ) {
    this.name = name;
    this.codes = new Int8Array(capacity);
  }

  add(row: number, cell: string): void {
    const values = this.values;
    if (values !== null) {
      const value = this.parseNumber(cell);
      values[row] = value;
      if (value !== value && cell !== '' && cell.trim() !== '') this.text.set(row, cell);
      return;
    }
    // Sales files repeat a cell down the rows (store, item, flags): comparing with the previous
    // cell is much cheaper than hashing it again.
    if (cell === this.lastCell) {
      this.codes[row] = this.lastCode;
      return;
    }
    const codeOf = this.codeOf as Map<string, number>;
    const known = codeOf.get(cell);
    if (known !== undefined) {
      this.codes[row] = known;
      this.lastCell = cell;
      this.lastCode = known;
      return;
    }
    // A blank (or whitespace-only) cell is empty: code -1, remembered so it is checked only once.
    const code = cell.trim() === '' ? -1 : this.dict.push(cell) - 1;
    if (code > maxCodeOf(this.codes)) this.codes = widenCodes(this.codes, code);
    codeOf.set(cell, code);
    this.codes[row] = code;
    this.lastCell = cell;
    this.lastCode = code;
    if (
      !this.numericChecked &&
      this.dict.length > NUMERIC_MIN_DISTINCT &&
      this.dict.length > NUMERIC_MIN_SHARE * (row + 1)
    ) {
      this.numericChecked = true;
      this.switchToNumbersIfTheyAre(row + 1);
    }
  }

  addEmpty(row: number): void {
    if (this.values !== null) this.values[row] = NaN;
    else this.codes[row] = -1;
  }

  grow(capacity: number): void {
    if (this.values !== null) {
      const values = new Float64Array(capacity);
      values.set(this.values);
      this.values = values;
    } else {
      const codes = newCodes(this.codes, capacity);
      codes.set(this.codes);
      this.codes = codes;
    }
  }

  finish(rowCount: number): RawColumn {
    if (this.values !== null) {
      return { kind: 'numeric', name: this.name, values: this.values.slice(0, rowCount), text: this.text };
    }
    return { kind: 'dict', name: this.name, codes: this.codes.slice(0, rowCount), dict: this.dict };
  }

  private switchToNumbersIfTheyAre(rowCount: number): void {
    const parsed = new Float64Array(this.dict.length);
    let readable = 0;
    for (let code = 0; code < this.dict.length; code++) {
      const cell = this.dict[code] ?? '';
      if (LEADING_ZERO.test(cell)) return;
      parsed[code] = this.parseNumber(cell);
      if (!Number.isNaN(parsed[code])) readable++;
    }
    if (readable < NUMERIC_MIN_PARSED * this.dict.length) return;
    const values = new Float64Array(this.codes.length);
    for (let row = 0; row < rowCount; row++) {
      const code = this.codes[row] ?? -1;
      const value = code < 0 ? NaN : (parsed[code] ?? NaN);
      values[row] = value;
      if (code >= 0 && Number.isNaN(value)) this.text.set(row, this.dict[code] ?? '');
    }
    this.values = values;
    this.codeOf = null;
    this.dict = [];
    this.codes = new Int8Array(0);
  }
}

function maxCodeOf(codes: CodeArray): number {
  return codes instanceof Int8Array ? 0x7f : codes instanceof Int16Array ? 0x7fff : 0x7fffffff;
}

/** An empty code array of the same type as `like`. */
function newCodes(like: CodeArray, length: number): CodeArray {
  if (like instanceof Int8Array) return new Int8Array(length);
  return like instanceof Int16Array ? new Int16Array(length) : new Int32Array(length);
}

/** The codes copied into a type wide enough for `code`; dictionaries only grow, so this happens at most twice. */
function widenCodes(codes: CodeArray, code: number): CodeArray {
  const wider = code <= 0x7fff ? new Int16Array(codes.length) : new Int32Array(codes.length);
  wider.set(codes);
  return wider;
}

/** Line numbers of rows with a problem: a count and the first few, for the message. */
class RowProblem {
  count = 0;
  readonly lines: number[] = [];

  note(line: number): void {
    this.count++;
    if (this.lines.length < 3) this.lines.push(line);
  }
}

export class TableBuilder {
  private readonly header: string[];
  private readonly columns: ColumnBuilder[];
  private capacity = INITIAL_CAPACITY;
  private lineOfRow = new Int32Array(INITIAL_CAPACITY);
  private rows = 0;
  /** Line of the last row or blank line seen (the header is line 1). */
  private lastLine = 1;
  /** Blank lines not yet known to be followed by data (trailing blank lines are not reported). */
  private readonly pendingBlankLines: number[] = [];
  private readonly blankLines = new RowProblem();
  private readonly longRows = new RowProblem();
  private readonly shortRows = new RowProblem();

  constructor(
    private readonly fileName: string,
    private readonly format: TextFormat,
    header: string[],
  ) {
    this.header = uniqueHeaderNames(header);
    const parseNumber = makeNumberParser(format);
    this.columns = this.header.map((name) => new ColumnBuilder(name, INITIAL_CAPACITY, parseNumber));
  }

  get rowCount(): number {
    return this.rows;
  }

  /**
   * Adds one row of fields. `line` is the 1-based file line where the row starts; without it the
   * row is taken to start on the line after the previous one.
   */
  addRow(fields: string[], line = this.lastLine + 1): void {
    this.lastLine = line;
    if (fields.length === 1 && fields[0] === '') {
      this.pendingBlankLines.push(line);
      return;
    }
    for (const blank of this.pendingBlankLines) this.blankLines.note(blank);
    this.pendingBlankLines.length = 0;

    const row = this.rows;
    if (row === this.capacity) this.grow();
    this.lineOfRow[row] = line;
    const columns = this.columns;
    const width = columns.length;
    const filled = fields.length < width ? fields.length : width;
    for (let c = 0; c < filled; c++) (columns[c] as ColumnBuilder).add(row, fields[c] as string);
    if (filled < width) {
      for (let c = filled; c < width; c++) (columns[c] as ColumnBuilder).addEmpty(row);
      this.shortRows.note(line);
    } else if (fields.length > width && hasValueFrom(fields, width)) {
      this.longRows.note(line);
    }
    this.rows = row + 1;
  }

  /** The table read, with dates split over several columns joined into one (period-columns.ts). */
  finish(): RawTable {
    return joinPeriodColumns({
      fileName: this.fileName,
      format: this.format,
      header: this.header,
      columns: this.columns.map((column) => column.finish(this.rows)),
      rowCount: this.rows,
      lineOfRow: this.lineOfRow.slice(0, this.rows),
      issues: this.issues(),
    });
  }

  private issues(): DataIssue[] {
    const issues: DataIssue[] = [];
    const { longRows, shortRows, blankLines } = this;
    if (longRows.count > 0) {
      issues.push({
        severity: 'alert',
        code: 'extra-fields',
        params: NO_PARAMS,
        count: longRows.count,
        where: longRows.lines.map((line) => ({ line })),
      });
    }
    if (shortRows.count > 0) {
      issues.push({
        severity: 'alert',
        code: 'missing-fields',
        params: NO_PARAMS,
        count: shortRows.count,
        where: shortRows.lines.map((line) => ({ line })),
      });
    }
    if (blankLines.count > 0) {
      issues.push({
        severity: 'status',
        code: 'blank-lines',
        params: NO_PARAMS,
        count: blankLines.count,
        where: blankLines.lines.map((line) => ({ line })),
      });
    }
    return issues;
  }

  private grow(): void {
    this.capacity *= 2;
    const lineOfRow = new Int32Array(this.capacity);
    lineOfRow.set(this.lineOfRow);
    this.lineOfRow = lineOfRow;
    for (const column of this.columns) column.grow(this.capacity);
  }
}

/** True when a field at or after `from` holds something (trailing empty fields lose nothing). */
function hasValueFrom(fields: string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if (fields[i] !== '') return true;
  return false;
}
