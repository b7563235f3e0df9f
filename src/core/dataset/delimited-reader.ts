import Papa from 'papaparse';
import type { DataIssue, RawTable, TextFormat } from './types';
import { createStreamDecoder } from './decode';
import { sniffFormat } from './sniff';
import { TableBuilder } from './table-builder';
import { DataError } from './errors';
import { NO_PARAMS } from './problem-codes';
import { LineEndingNormalizer } from './line-endings';

/** Text gathered before the format is sniffed. */
const SNIFF_CHARS = 65536;
/** Text handed to the parser at a time: large enough that per-call costs vanish. */
const PARSE_BLOCK_CHARS = 1 << 16;
/** A NUL among the first characters means a binary file (UTF-16 is decoded before this check). */
const BINARY_CHECK_CHARS = 1024;
/** Past this share of the file's lines sitting inside values, far fewer rows were read than lines: said so. */
const LINES_INSIDE_VALUES_ALERT = 0.1;

/** What papaparse's low-level Parser returns (its typings say `any`). */
interface ParsedBlock {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Reads a delimited text file (CSV, TSV, …) pushed as bytes in chunks of any size into a RawTable.
 *
 * We decode the bytes ourselves (papaparse would decode each chunk on its own and break characters
 * split between chunks), turn every line break outside quotes into `\n` (papaparse takes one
 * newline for the whole file, and files pasted together mix them), and give papaparse's Parser
 * blocks of text with the delimiter we detected. Each block is parsed with `ignoreLastRow`, the mode papaparse's own streamers use:
 * the last row may be cut short, so it is left out and the text from its start (the returned
 * cursor) is carried over to the front of the next block. The result is the same however the
 * bytes were split.
 */
export class DelimitedReader {
  private readonly decoder = createStreamDecoder();
  /** Decoded text not parsed yet; it starts with the carried-over incomplete row. */
  private pending = '';
  private parser: Papa.Parser | null = null;
  private lineEndings: LineEndingNormalizer | null = null;
  private format: TextFormat | null = null;
  private builder: TableBuilder | null = null;
  /** The 1-based line the next row starts on. */
  private nextLine = 1;
  /** Size of the next parse window; doubled past a huge row so work stays linear. */
  private parseAt = PARSE_BLOCK_CHARS;
  private quoteProblems = 0;
  private readonly quoteProblemLines: number[] = [];
  /** Line breaks inside values, and the row whose values hold the most of them. */
  private linesInsideValues = 0;
  private longestRow = { line: 0, breaks: 0 };
  /** The last line that holds something (trailing blank lines are not the file's). */
  private lastFilledLine = 0;

  constructor(private readonly fileName: string) {}

  /** Data rows read so far (for progress). */
  get rowsRead(): number {
    return this.builder?.rowCount ?? 0;
  }

  push(bytes: Uint8Array): void {
    this.take(this.decoder.push(bytes), false);
  }

  finish(): RawTable {
    this.take(this.decoder.end(), true);
    const builder = this.builder;
    if (builder === null) throw new DataError({ code: 'empty-file', params: NO_PARAMS });
    if (builder.rowCount === 0) {
      throw new DataError({ code: 'no-data-rows', params: NO_PARAMS }, { line: 1 });
    }
    const table = builder.finish();
    table.issues.push(...this.readingIssues());
    return table;
  }

  private take(text: string, final: boolean): void {
    if (this.lineEndings !== null) {
      this.pending += this.lineEndings.push(text, final);
    } else {
      this.pending += text;
      if (!final && this.pending.length < SNIFF_CHARS) return;
      if (final && this.pending.trim() === '') throw new DataError({ code: 'empty-file', params: NO_PARAMS });
      this.pending = this.start().push(this.pending, final);
    }
    this.parseBlocks(final);
  }

  /** Checks the file is text and sniffs its format from the first characters; returns the line-ending normalizer. */
  private start(): LineEndingNormalizer {
    const sample = this.pending.slice(0, SNIFF_CHARS);
    if (sample.slice(0, BINARY_CHECK_CHARS).includes('\0')) {
      throw new DataError({ code: 'binary-file', params: NO_PARAMS });
    }
    const { delimiter, number } = sniffFormat(sample);
    this.format = {
      encoding: this.decoder.encoding,
      hasBom: this.decoder.hasBom,
      delimiter,
      decimal: number.decimal,
      thousands: number.thousands,
    };
    this.lineEndings = new LineEndingNormalizer(delimiter);
    this.parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
    return this.lineEndings;
  }

  /**
   * Parses the pending text in windows of about PARSE_BLOCK_CHARS. Small windows keep each parse's
   * row arrays short-lived (collected young, never promoted), which matters more for speed and peak
   * memory than the per-call overhead. A row longer than the window (a huge quoted field) doubles
   * the window until the row fits, so the work stays linear.
   */
  private parseBlocks(final: boolean): void {
    let text = this.pending;
    while (text.length >= this.parseAt) {
      const cursor = this.parseBlock(
        text.length === this.parseAt ? text : text.slice(0, this.parseAt),
        false,
      );
      if (cursor === 0) {
        this.parseAt *= 2;
        continue;
      }
      text = text.slice(cursor);
      this.parseAt = PARSE_BLOCK_CHARS;
    }
    if (final && text !== '') {
      this.parseBlock(text, true);
      text = '';
    }
    this.pending = text;
  }

  /** Parses one block; unless `final`, its last (maybe cut) row is left out. Returns where that row starts. */
  private parseBlock(block: string, final: boolean): number {
    const parser = this.parser as Papa.Parser;
    const parsed = parser.parse(block, 0, !final) as ParsedBlock;
    // Outside quotes every break is now a row's end: a value holds line breaks only inside quotes.
    const countBreaks = block.includes('"');
    const firstLineOfRow: number[] = [];
    for (const fields of parsed.data) {
      const line = this.nextLine;
      firstLineOfRow.push(line);
      const breaks = countBreaks ? lineBreaksInFields(fields) : 0;
      if (breaks > 0) this.noteLinesInsideValues(line, breaks);
      this.nextLine += 1 + breaks;
      if (fields.length > 1 || fields[0] !== '') this.lastFilledLine = line + breaks;
      this.addRow(fields, line);
    }
    for (const error of parsed.errors) {
      // An error in the left-out last row is met again when that row is parsed whole.
      if (error.row !== undefined && error.row < parsed.data.length)
        this.noteQuoteProblem(firstLineOfRow[error.row] ?? 0);
    }
    return parsed.meta.cursor;
  }

  private addRow(fields: string[], line: number): void {
    if (this.builder !== null) {
      this.builder.addRow(fields, line);
    } else if (fields.length > 1 || fields[0] !== '') {
      // The first non-blank line is the header; blank lines above it are simply skipped.
      this.builder = new TableBuilder(this.fileName, this.format as TextFormat, fields);
    }
  }

  private noteQuoteProblem(line: number): void {
    this.quoteProblems++;
    if (this.quoteProblemLines.length < 3 && !this.quoteProblemLines.includes(line))
      this.quoteProblemLines.push(line);
  }

  private noteLinesInsideValues(line: number, breaks: number): void {
    this.linesInsideValues += breaks;
    if (breaks > this.longestRow.breaks) this.longestRow = { line, breaks };
  }

  private readingIssues(): DataIssue[] {
    const issues: DataIssue[] = [];
    const rowsIssue = this.fewerRowsThanLinesIssue();
    if (rowsIssue) issues.push(rowsIssue);
    if (this.quoteProblems > 0) {
      const lines = this.quoteProblemLines;
      // A missing quote can merge several rows into one.
      issues.push({
        severity: 'alert',
        code: 'malformed-quotes',
        params: NO_PARAMS,
        count: this.quoteProblems,
        where: lines.map((line) => ({ line })),
      });
    }
    const replaced = this.decoder.replaced;
    if (replaced > 0) {
      issues.push({
        severity: 'alert',
        code: 'invalid-characters',
        params: NO_PARAMS,
        count: replaced,
      });
    }
    if (this.decoder.encoding === 'windows-1252') {
      issues.push({
        severity: 'status',
        code: 'legacy-encoding',
        params: NO_PARAMS,
        count: 1,
      });
    }
    return issues;
  }

  /** An alert when many of the file's lines were read as parts of values rather than as rows. */
  private fewerRowsThanLinesIssue(): DataIssue | null {
    const lines = this.lastFilledLine;
    const inside = this.linesInsideValues;
    // A quote left open is already an alert that says it merges rows.
    if (this.quoteProblems > 0 || inside <= LINES_INSIDE_VALUES_ALERT * lines) return null;
    const rows = this.builder?.rowCount ?? 0;
    const { line, breaks } = this.longestRow;
    return {
      severity: 'alert',
      code: 'rows-span-lines',
      params: { rows, lines, line, spans: breaks + 1 },
      count: inside,
      where: [{ line }],
    };
  }
}

/** Reads a whole text at once, through the same path as a stream (for tests and small inputs). */
export function readDelimitedText(text: string, fileName: string): RawTable {
  const reader = new DelimitedReader(fileName);
  reader.push(new TextEncoder().encode(text));
  return reader.finish();
}

/** Line breaks inside a row's fields; `\r\n`, `\n` and a lone `\r` each count as one. */
function lineBreaksInFields(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields) {
    if (!field.includes('\n') && !field.includes('\r')) continue;
    for (let i = 0; i < field.length; i++) {
      const char = field[i];
      if (char === '\n' || (char === '\r' && field[i + 1] !== '\n')) breaks++;
    }
  }
  return breaks;
}
