import { describe, it, expect } from 'vitest';
import { TableBuilder } from './table-builder';
import type { RawColumn, TextFormat } from './types';

const FORMAT: TextFormat = { encoding: 'utf-8', hasBom: false, delimiter: ',', decimal: '.', thousands: '' };

/** The column's cells as text again ('' for empty), whatever its kind. */
function cells(column: RawColumn | undefined): string[] {
  if (column === undefined) throw new Error('no such column');
  if (column.kind === 'dict')
    return Array.from(column.codes, (code) => (code < 0 ? '' : (column.dict[code] ?? '?')));
  return Array.from(
    column.values,
    (value, row) => column.text.get(row) ?? (Number.isNaN(value) ? '' : String(value)),
  );
}

describe('TableBuilder', () => {
  it('stores columns as dictionaries with one code per row, blanks as -1', () => {
    const builder = new TableBuilder('s.csv', FORMAT, ['date', 'store', 'sales']);
    builder.addRow(['2024-01-01', 'A', '5']);
    builder.addRow(['2024-01-01', 'B', '']);
    builder.addRow(['2024-01-02', 'A', '  ']);
    const table = builder.finish();
    expect(table.rowCount).toBe(3);
    expect(table.fileName).toBe('s.csv');
    expect(table.format).toEqual(FORMAT);
    expect(table.columns[1]).toEqual({
      kind: 'dict',
      name: 'store',
      codes: Int8Array.from([0, 1, 0]),
      dict: ['A', 'B'],
    });
    expect(table.columns[2]).toEqual({
      kind: 'dict',
      name: 'sales',
      codes: Int8Array.from([0, -1, -1]),
      dict: ['5'],
    });
    expect(Array.from(table.lineOfRow)).toEqual([2, 3, 4]);
    expect(table.issues).toEqual([]);
  });

  it('widens the codes to 16 and 32 bits only when the dictionary outgrows them, keeping every code', () => {
    const builder = new TableBuilder('w.csv', FORMAT, ['key']);
    const distinct = 40_000;
    for (let i = 0; i < distinct; i++) builder.addRow([`k${i}`]);
    builder.addRow([' ']);
    builder.addRow(['k5']);
    const column = builder.finish().columns[0]!;
    if (column.kind !== 'dict') throw new Error('expected a dictionary column');
    expect(column.codes).toBeInstanceOf(Int32Array);
    expect(column.codes[127]).toBe(127);
    expect(column.codes[32_767]).toBe(32_767);
    expect(column.codes[distinct - 1]).toBe(distinct - 1);
    expect(Array.from(column.codes.subarray(distinct))).toEqual([-1, 5]);

    const small = new TableBuilder('s.csv', FORMAT, ['key']);
    for (let i = 0; i < 300; i++) small.addRow([`k${i % 200}`]);
    const smallColumn = small.finish().columns[0]!;
    if (smallColumn.kind !== 'dict') throw new Error('expected a dictionary column');
    expect(smallColumn.codes).toBeInstanceOf(Int16Array);
    expect(smallColumn.codes[250]).toBe(50);
  });

  it('makes header names unique and readable', () => {
    const table = new TableBuilder('s.csv', FORMAT, [' date ', '', 'sales', 'sales']).finish();
    expect(table.header).toEqual(['date', 'column 2', 'sales', 'sales (2)']);
    expect(table.columns.map((column) => column.name)).toEqual(table.header);
  });

  it('skips blank lines, reports them, and ignores trailing ones', () => {
    const builder = new TableBuilder('s.csv', FORMAT, ['a', 'b']);
    builder.addRow(['1', '2'], 2);
    builder.addRow([''], 3);
    builder.addRow(['3', '4'], 4);
    builder.addRow([''], 5);
    builder.addRow([''], 6);
    const table = builder.finish();
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

  it('fills short rows with empty cells, ignores extra fields, and says where', () => {
    const builder = new TableBuilder('s.csv', FORMAT, ['a', 'b', 'c']);
    const lines = [17, 42, 99, 120];
    for (const line of lines) builder.addRow(['1', '2', '3', 'x'], line);
    builder.addRow(['1', '2', '3', '', ''], 130); // trailing empty fields lose nothing: not reported
    builder.addRow(['9'], 140);
    const table = builder.finish();
    expect(cells(table.columns[0])).toEqual(['1', '1', '1', '1', '1', '9']);
    expect(cells(table.columns[2])).toEqual(['3', '3', '3', '3', '3', '']);
    expect(table.columns).toHaveLength(3);
    expect(table.issues).toEqual([
      {
        severity: 'alert',
        code: 'extra-fields',
        params: {},
        count: 4,
        where: [{ line: 17 }, { line: 42 }, { line: 99 }],
      },
      {
        severity: 'alert',
        code: 'missing-fields',
        params: {},
        count: 1,
        where: [{ line: 140 }],
      },
    ]);
  });

  it('numbers lines one after another when no line is given', () => {
    const builder = new TableBuilder('s.csv', FORMAT, ['a']);
    builder.addRow(['x']);
    builder.addRow(['y'], 7);
    builder.addRow(['z']);
    expect(Array.from(builder.finish().lineOfRow)).toEqual([2, 7, 8]);
  });

  it('switches a high-cardinality numeric column to numbers, keeping unreadable cells as text', () => {
    const builder = new TableBuilder('s.csv', { ...FORMAT, delimiter: ';', decimal: ',', thousands: '.' }, [
      'id',
      'price',
      'store',
    ]);
    const rows = 12000;
    for (let row = 0; row < rows; row++) {
      const price = row === 3 ? 'n/a' : row === 4 ? '' : row === 9000 ? 'oops' : `${row},5`;
      builder.addRow([`ID${row}`, price, row % 2 === 0 ? 'A' : 'B']);
    }
    const table = builder.finish();
    const price = table.columns[1];
    expect(price?.kind).toBe('numeric');
    if (price?.kind !== 'numeric') return;
    expect(price.values.length).toBe(rows);
    expect(price.values[0]).toBe(0.5);
    expect(price.values[11999]).toBe(11999.5);
    expect(price.values[3]).toBeNaN();
    expect(price.values[4]).toBeNaN();
    expect([...price.text]).toEqual([
      [3, 'n/a'],
      [9000, 'oops'],
    ]);
    // Not numbers: stays a dictionary. Few distinct values: stays a dictionary.
    expect(table.columns[0]?.kind).toBe('dict');
    expect(table.columns[2]).toMatchObject({ kind: 'dict', dict: ['A', 'B'] });
  });

  it('keeps identifiers with leading zeros as text even when they are many', () => {
    const builder = new TableBuilder('s.csv', FORMAT, ['sku']);
    for (let row = 0; row < 6000; row++) builder.addRow([String(row).padStart(6, '0')]);
    const sku = builder.finish().columns[0];
    expect(sku?.kind).toBe('dict');
    expect(cells(sku).slice(0, 2)).toEqual(['000000', '000001']);
  });

  it('builds 1,000,000 rows × 6 columns quickly and compactly', () => {
    const header = ['date', 'store', 'item', 'sales', 'price', 'promo'];
    const builder = new TableBuilder('big.csv', FORMAT, header);
    const dates = Array.from({ length: 1000 }, (_, i) => `2020-01-${i}`);
    const items = Array.from({ length: 500 }, (_, i) => `ITEM_${i}`);
    const sales = Array.from({ length: 200 }, (_, i) => String(i));
    const prices = Array.from({ length: 50000 }, (_, i) => (i / 100).toFixed(2));
    const rows = 1_000_000;
    const started = performance.now();
    for (let row = 0; row < rows; row++) {
      builder.addRow([
        dates[row % 1000] as string,
        row % 3 === 0 ? 'S1' : 'S2',
        items[row % 500] as string,
        sales[row % 200] as string,
        prices[(row * 7) % 50000] as string,
        row % 10 === 0 ? '1' : '0',
      ]);
    }
    const table = builder.finish();
    const elapsed = performance.now() - started;
    expect(table.rowCount).toBe(rows);
    expect(table.columns.map((column) => column.kind)).toEqual([
      'dict',
      'dict',
      'dict',
      'dict',
      'numeric',
      'dict',
    ]);
    expect(cells(table.columns[4])[1]).toBe(String(7 / 100));
    // Generous for a shared 2-core machine; locally about a third of this.
    expect(elapsed).toBeLessThan(3000);
  });
});
