import { describe, it, expect } from 'vitest';
import { DelimitedReader, readDelimitedText } from './delimited-reader';
import { DataError } from './errors';
import type { RawColumn, RawTable } from './types';

const utf8 = (text: string) => new TextEncoder().encode(text);

function readBytes(bytes: Uint8Array, chunkSize = bytes.length || 1): RawTable {
  const reader = new DelimitedReader('test.csv');
  for (let at = 0; at < bytes.length; at += chunkSize) reader.push(bytes.subarray(at, at + chunkSize));
  return reader.finish();
}

/** Each column's cells as text ('' for empty). */
function textColumns(table: RawTable): Record<string, string[]> {
  const cellsOf = (column: RawColumn) =>
    column.kind === 'dict'
      ? Array.from(column.codes, (code) => (code < 0 ? '' : (column.dict[code] ?? '?')))
      : Array.from(
          column.values,
          (value, row) => column.text.get(row) ?? (Number.isNaN(value) ? '' : String(value)),
        );
  return Object.fromEntries(table.columns.map((column) => [column.name, cellsOf(column)]));
}

/** The whole table as one string: comparing it is much faster than a deep equality on big tables. */
function serialise(table: RawTable): string {
  return JSON.stringify(table, (_key, value: unknown) =>
    ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value instanceof Map ? [...value] : value,
  );
}

function expectDataError(read: () => unknown, code: string, line?: number) {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code, params: {}, line });
    return;
  }
  throw new Error('expected a DataError');
}

describe('DelimitedReader', () => {
  it('reads a plain CSV into columns with line numbers', () => {
    const table = readDelimitedText('date,store,sales\n2024-01-01,A,5\n2024-01-02,A,7\n', 'sales.csv');
    expect(table.fileName).toBe('sales.csv');
    expect(table.header).toEqual(['date', 'store', 'sales']);
    expect(table.rowCount).toBe(2);
    expect(textColumns(table)).toEqual({
      date: ['2024-01-01', '2024-01-02'],
      store: ['A', 'A'],
      sales: ['5', '7'],
    });
    expect(Array.from(table.lineOfRow)).toEqual([2, 3]);
    expect(table.format).toEqual({
      encoding: 'utf-8',
      hasBom: false,
      delimiter: ',',
      decimal: '.',
      thousands: '',
    });
    expect(table.issues).toEqual([]);
  });

  it('reads a UTF-8 BOM file without the BOM in the first header name', () => {
    const table = readBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('date,sales\n2024-01-01,5\n')]));
    expect(table.header).toEqual(['date', 'sales']);
    expect(table.format.hasBom).toBe(true);
  });

  it('reads UTF-16 LE with a BOM', () => {
    const text = 'date\tstore\n2024-01-01\tKöln\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const table = readBytes(bytes, 3);
    expect(table.format).toMatchObject({ encoding: 'utf-16le', hasBom: true, delimiter: '\t' });
    expect(textColumns(table)).toEqual({ date: ['2024-01-01'], store: ['Köln'] });
  });

  it('reads Windows-1252 and says so', () => {
    const bytes = new Uint8Array([...utf8('store;sales\nCaf'), 0xe9, ...utf8(';12,5\n')]);
    const table = readBytes(bytes);
    expect(table.format).toEqual({
      encoding: 'windows-1252',
      hasBom: false,
      delimiter: ';',
      decimal: ',',
      thousands: '',
    });
    expect(textColumns(table)).toEqual({ store: ['Café'], sales: ['12,5'] });
    expect(table.issues.map((issue) => issue.code)).toEqual(['legacy-encoding']);
  });

  it('reads ; with decimal commas and thousands dots', () => {
    const table = readDelimitedText('date;sales\n01.03.2024;1.234,50\n02.03.2024;12,5\n', 'de.csv');
    expect(table.format).toMatchObject({ delimiter: ';', decimal: ',', thousands: '.' });
    expect(textColumns(table).sales).toEqual(['1.234,50', '12,5']);
  });

  it('reads pipe-separated text', () => {
    const table = readDelimitedText('a|b\n1|x,y\n', 'p.txt');
    expect(textColumns(table)).toEqual({ a: ['1'], b: ['x,y'] });
  });

  it('reads quoted delimiters, quotes and newlines, counting the lines they span', () => {
    const text =
      'id,note,qty\r\n1,"a, b",3\r\n2,"two\r\nlines and ""quotes""",4\r\n3,"x\ny\rz",5\r\n4,plain,6\r\n';
    const table = readDelimitedText(text, 'q.csv');
    expect(textColumns(table)).toEqual({
      id: ['1', '2', '3', '4'],
      note: ['a, b', 'two\r\nlines and "quotes"', 'x\ny\rz', 'plain'],
      qty: ['3', '4', '5', '6'],
    });
    expect(Array.from(table.lineOfRow)).toEqual([2, 3, 5, 8]);
  });

  it('reads lone CR line ends', () => {
    const table = readDelimitedText('a,b\r1,2\r3,4\r', 'mac.csv');
    expect(textColumns(table)).toEqual({ a: ['1', '3'], b: ['2', '4'] });
    expect(Array.from(table.lineOfRow)).toEqual([2, 3]);
  });

  it('reads a file whose line endings change part-way (CRLF, then LF, then lone CR) whole', () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},S${i % 3},${i}`,
    );
    const text = `date,store,sales\r\n${rows.slice(0, 150).join('\r\n')}\r\n${rows.slice(150, 280).join('\n')}\n${rows.slice(280).join('\r')}\r`;
    for (const table of [readBytes(utf8(text)), readBytes(utf8(text), 7)]) {
      expect(table.rowCount).toBe(300);
      expect(textColumns(table).sales?.[299]).toBe('299');
      expect(table.lineOfRow[299]).toBe(301);
      expect(table.issues).toEqual([]);
    }
  });

  it('alerts when far fewer rows were read than the file has lines, saying where', () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `2024-02-${String((i % 28) + 1).padStart(2, '0')},A,${i}`,
    );
    // A quote opened on line 3 and closed 40 lines later: valid CSV, but 40 rows end up in one value.
    const text = `date,store,sales\n2024-01-01,A,1\n2024-01-02,A,"2\n${lines.join('\n')}"\n2024-01-03,A,3\n`;
    const table = readDelimitedText(text, 'merged.csv');
    expect(table.rowCount).toBe(3);
    expect(table.issues).toEqual([
      {
        severity: 'alert',
        code: 'rows-span-lines',
        params: { rows: 3, lines: 44, line: 3, spans: 41 },
        count: 40,
        where: [{ line: 3 }],
      },
    ]);
  });

  it('skips blank lines (reporting inner ones) and does not count trailing ones as rows', () => {
    const table = readDelimitedText('a,b\n1,2\n\n3,4\n\n\n', 'blank.csv');
    expect(table.rowCount).toBe(2);
    expect(Array.from(table.lineOfRow)).toEqual([2, 4]);
    expect(table.issues).toEqual([
      {
        severity: 'status',
        code: 'blank-lines',
        params: {},
        count: 1,
        where: [{ line: 3 }],
      },
    ]);
  });

  it('reports ragged rows with their lines', () => {
    const table = readDelimitedText('a,b\n1,2,3\n4\n5,6\n', 'ragged.csv');
    expect(textColumns(table)).toEqual({ a: ['1', '4', '5'], b: ['2', '', '6'] });
    expect(table.issues).toMatchObject([
      { code: 'extra-fields', count: 1, where: [{ line: 2 }] },
      { code: 'missing-fields', count: 1, where: [{ line: 3 }] },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const table = readDelimitedText('a,b\n1,2\n3,"oops\n5,6\n', 'bad.csv');
    expect(table.rowCount).toBe(2);
    expect(table.issues).toMatchObject([
      { severity: 'alert', code: 'malformed-quotes', count: 1, where: [{ line: 3 }] },
    ]);
  });

  it('refuses an empty file, a header without rows, and a binary file, saying why', () => {
    expectDataError(() => readDelimitedText('', 'e.csv'), 'empty-file');
    expectDataError(() => readDelimitedText(' \n\n', 'e.csv'), 'empty-file');
    expectDataError(() => readDelimitedText('date,sales\n', 'h.csv'), 'no-data-rows', 1);
    expectDataError(() => readDelimitedText('date,sales\n\n\n', 'h.csv'), 'no-data-rows', 1);
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0x9c]);
    expectDataError(() => readBytes(binary), 'binary-file');
  });

  it('gives exactly the same table for 7-byte pushes as for one push', () => {
    const lines = ['date;store;note;sales'];
    for (let i = 0; i < 400; i++) {
      const note = i % 37 === 0 ? `"Zoë's € deal;\nsecond line"` : i % 11 === 0 ? '"📦 box"' : 'plain';
      lines.push(`2024-01-${(i % 28) + 1};Köln ${i % 3};${note};${i},5`);
    }
    lines.push('', '2024-02-01;Köln 0;x;1,5', 'short', '');
    const bytes = utf8(lines.join('\r\n'));
    const whole = readBytes(bytes);
    const pieces = readBytes(bytes, 7);
    expect(pieces).toEqual(whole);
    expect(whole.rowCount).toBe(402);
    expect(textColumns(whole).note?.[0]).toBe("Zoë's € deal;\nsecond line");
    expect(whole.lineOfRow[1]).toBe(4);
    expect(whole.issues.map((issue) => issue.code)).toEqual(['missing-fields', 'blank-lines']);
  });

  it('gives the same table when chunks split rows past the parse block size', () => {
    const row = '2024-01-01,"é\nx",1.5\n';
    const text = `date,note,sales\n${row.repeat(80_000)}`;
    const bytes = utf8(text);
    const whole = readBytes(bytes);
    const pieces = readBytes(bytes, 65_537);
    expect(pieces.rowCount).toBe(80_000);
    expect(serialise(pieces)).toBe(serialise(whole));
    expect(whole.lineOfRow[79_999]).toBe(2 + 2 * 79_999);
    expect(new DelimitedReader('x').rowsRead).toBe(0);
  });

  it('reads a quoted field far longer than the parse window, whole and with its lines counted', () => {
    const long = `${'a'.repeat(150_000)}\n${'b'.repeat(150_000)}`;
    const text = `date,note,sales\n2024-01-01,"${long}",1\n2024-01-02,short,2\n`;
    const bytes = utf8(text);
    for (const table of [readBytes(bytes), readBytes(bytes, 10_000)]) {
      expect(table.rowCount).toBe(2);
      expect(textColumns(table).note).toEqual([long, 'short']);
      expect(Array.from(table.lineOfRow)).toEqual([2, 4]);
    }
  });
});
