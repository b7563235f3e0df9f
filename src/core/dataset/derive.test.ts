import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { readDelimitedText } from './delimited-reader';
import { guessMapping } from './roles';
import { DataError } from './errors';
import { RowState } from './types';
import { formatIsoDate } from './dates';
import { dailyRows, longMapping, tableFromRows } from './derive-test-table';

const header = ['date', 'item', 'sales'];

describe('deriveDataset', () => {
  it('sorts rows by series then date, whatever the file order', () => {
    const table = tableFromRows(header, [
      ['2024-01-03', 'B', '6'],
      ['2024-01-02', 'A', '2'],
      ['2024-01-01', 'B', '4'],
      ['2024-01-01', 'A', '1'],
      ['2024-01-02', 'B', '5'],
      ['2024-01-03', 'A', '3'],
    ]);
    const { dataset, summary } = deriveDataset(table, longMapping());
    expect(dataset.seriesIds).toEqual(['A', 'B']);
    expect(Array.from(dataset.seriesStart)).toEqual([0, 3, 6]);
    expect(Array.from(dataset.target)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(dataset.dates, formatIsoDate).slice(0, 3)).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
    ]);
    expect(summary).toMatchObject({ rows: 6, series: 2, observations: 6, frequency: 'daily', zeroShare: 0 });
    expect(formatIsoDate(summary.firstDate)).toBe('2024-01-01');
    expect(formatIsoDate(summary.lastDate)).toBe('2024-01-03');
  });

  it('orders series with numbers in their keys naturally and joins several keys into the id', () => {
    const table = tableFromRows(
      ['date', 'store', 'item', 'sales'],
      [
        ['2024-01-01', 'S10', 'a/b', '1'],
        ['2024-01-01', 'S2', 'x', '1'],
        ['2024-01-02', 'S10', 'a/b', '1'],
        ['2024-01-02', 'S2', 'x', '1'],
      ],
    );
    const { dataset } = deriveDataset(table, longMapping({ series: ['store', 'item'] }));
    expect(dataset.keyNames).toEqual(['store', 'item']);
    expect(dataset.seriesIds).toEqual(['S2/x', 'S10/a\\/b']);
    expect(dataset.seriesKeys).toEqual([
      ['S2', 'x'],
      ['S10', 'a/b'],
    ]);
  });

  it('lists unparseable sales numbers by line in an alert and treats them as missing', () => {
    const table = tableFromRows(header, dailyRows('A', ['4', 'n/a', '5', '7x', '6']));
    const { dataset, issues } = deriveDataset(table, longMapping());
    const alert = issues.find((issue) => issue.code === 'unparseable-number');
    expect(alert).toMatchObject({
      severity: 'alert',
      count: 2,
      where: [
        { line: 3, column: 'sales' },
        { line: 5, column: 'sales' },
      ],
    });
    expect(alert?.params).toEqual({
      columns: ['sales'],
      reading: 'numbers',
      then: 'missing-sales',
      example: { text: 'n/a', line: 3 },
    });
    expect(Array.from(dataset.rowState)).toEqual([0, RowState.Missing, 0, RowState.Missing, 0]);
  });

  it('reads sales written with a decimal comma under the file number format', () => {
    const table = tableFromRows(header, dailyRows('A', ['1,5', '2', '1.234,25']), {
      decimal: ',',
      thousands: '.',
    });
    expect(Array.from(deriveDataset(table, longMapping()).dataset.target)).toEqual([1.5, 2, 1234.25]);
  });

  it('drops rows whose date cannot be read and says which lines', () => {
    const table = tableFromRows(header, [
      ...dailyRows('A', ['1', '2', '3']),
      ['2024-02-30', 'A', '9'],
      ['', 'A', '9'],
    ]);
    const { dataset, issues } = deriveDataset(table, longMapping());
    expect(Array.from(dataset.target)).toEqual([1, 2, 3]);
    const alert = issues.find((issue) => issue.code === 'unreadable-date');
    expect(alert).toMatchObject({
      severity: 'alert',
      count: 2,
      where: [
        { line: 5, column: 'date' },
        { line: 6, column: 'date' },
      ],
    });
    expect(alert?.params).toEqual({ column: 'date' });
  });

  it('refuses a table without a readable date, with a DataError', () => {
    const table = tableFromRows(header, [
      ['soon', 'A', '1'],
      ['later', 'A', '2'],
    ]);
    expect(() => deriveDataset(table, longMapping())).toThrow(DataError);
    expect(() => deriveDataset(table, longMapping({ date: null }))).toThrow(
      expect.objectContaining({ code: 'no-date-column', params: { columns: header } }),
    );
  });

  it('aligns covariates with the cleaned rows (numeric, binary and categorical)', () => {
    const table = tableFromRows(
      ['date', 'item', 'sales', 'price', 'snap', 'event'],
      [
        ['2024-01-02', 'A', '2', '1.5', 'TRUE', ''],
        ['2024-01-01', 'A', '1', '1.25', 'FALSE', 'SuperBowl'],
        ['2024-01-04', 'A', '3', '1.5', 'FALSE', 'SuperBowl'],
      ],
    );
    const mapping = longMapping({
      covariates: [
        { column: 'price', kind: 'numeric' },
        { column: 'snap', kind: 'binary', promotion: true },
        { column: 'event', kind: 'categorical' },
      ],
      price: 'price',
    });
    const [price, snap, event] = deriveDataset(table, mapping).dataset.covariates;
    expect(Array.from(price!.values).map(String)).toEqual(['1.25', '1.5', 'NaN', '1.5']);
    // The mapped price column is marked as the shelf price (Auto reads a planned one: auto-candidates.ts).
    expect(price!.price).toBe(true);
    expect(snap).not.toHaveProperty('price');
    // A column mapped as a promotion says so too; the others do not.
    expect(snap!.promotion).toBe(true);
    expect(price).not.toHaveProperty('promotion');
    expect(event).not.toHaveProperty('promotion');
    expect(Array.from(snap!.values).map(String)).toEqual(['0', '1', 'NaN', '0']);
    expect(event!.categories).toEqual(['SuperBowl']);
    expect(Array.from(event!.values).map(String)).toEqual(['0', 'NaN', 'NaN', '0']);
  });

  it('names a single series after the sales column when there is no key column', () => {
    const table = tableFromRows(
      ['date', 'sales'],
      [
        ['2024-01-01', '1'],
        ['2024-01-02', '2'],
        ['2024-01-03', '3'],
      ],
    );
    const { dataset } = deriveDataset(table, longMapping({ series: [] }));
    expect(dataset.keyNames).toEqual(['series']);
    expect(dataset.seriesIds).toEqual(['sales']);
  });
});

describe('what reading the file found', () => {
  it('is reported with the derived data, where it happened', () => {
    const table = readDelimitedText(
      'date,item,sales\n2024-01-01,a,1\n\n2024-01-02,a,2,9\n2024-01-03,a\n',
      'x.csv',
    );
    const { issues } = deriveDataset(table, guessMapping(table));
    const found = (code: string) => issues.find((issue) => issue.code === code)?.where;
    expect(found('blank-lines')).toEqual([{ line: 3 }]);
    expect(found('extra-fields')).toEqual([{ line: 4 }]);
    expect(found('missing-fields')).toEqual([{ line: 5 }]);
  });
});
