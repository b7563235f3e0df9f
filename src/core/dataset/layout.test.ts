import { describe, it, expect } from 'vitest';
import { detectDateColumns } from './layout';
import { deriveDataset } from './derive';
import { formatIsoDate } from './dates';
import type { ColumnMapping } from './types';
import { tableFromRows } from './derive-test-table';

const wideMapping = (overrides: Partial<ColumnMapping>): ColumnMapping => ({
  layout: 'long',
  date: null,
  dateReading: 'iso',
  series: [],
  target: null,
  covariates: [],
  availability: null,
  price: null,
  ...overrides,
});

describe('detectDateColumns', () => {
  it('finds a header of dates beside the key columns', () => {
    expect(detectDateColumns(['store', 'item', '2024-01-01', '2024-01-02', '2024-01-03'])).toEqual({
      reading: 'iso',
      columns: ['2024-01-01', '2024-01-02', '2024-01-03'],
    });
  });

  it('does not call a long header wide, nor store numbers dates', () => {
    expect(detectDateColumns(['date', 'store', 'sales'])).toBeNull();
    expect(detectDateColumns(['date', '1', '2', '3', '4'])).toBeNull();
  });
});

describe('pivoting wide tables to long rows', () => {
  it('wide-dates-as-columns: one row per series, one column per date', () => {
    const table = tableFromRows(
      ['store', 'item', '2024-01-01', '2024-01-02', '2024-01-03'],
      [
        ['S2', 'B', '4', '', '6'],
        ['S1', 'A', '1', '2', 'x'],
      ],
    );
    const mapping = wideMapping({ layout: 'wide-dates-as-columns', series: ['store', 'item'] });
    const { dataset, summary, issues } = deriveDataset(table, mapping);
    expect(dataset.seriesIds).toEqual(['S1/A', 'S2/B']);
    expect(Array.from(dataset.dates, formatIsoDate).slice(0, 3)).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
    ]);
    expect(Array.from(dataset.target).map(String)).toEqual(['1', '2', 'NaN', '4', 'NaN', '6']);
    expect(summary).toMatchObject({ rows: 2, series: 2, observations: 6, layout: 'wide-dates-as-columns' });
    expect(issues.find((issue) => issue.code === 'unparseable-number')).toMatchObject({
      count: 1,
      where: [{ line: 3, column: '2024-01-03' }],
    });
  });

  it('wide-series-as-columns: one row per date, one column per product, shared covariates repeated', () => {
    const table = tableFromRows(
      ['date', 'Lemonade', 'Cola', 'holiday'],
      [
        ['2024-01-01', '3', '10', '1'],
        ['2024-01-02', '4', '12', '0'],
        ['2024-01-03', '2', '9', '0'],
      ],
    );
    const mapping = wideMapping({
      layout: 'wide-series-as-columns',
      date: 'date',
      covariates: [{ column: 'holiday', kind: 'binary' }],
    });
    const { dataset, summary } = deriveDataset(table, mapping);
    expect(dataset.keyNames).toEqual(['series']);
    expect(dataset.seriesIds).toEqual(['Cola', 'Lemonade']);
    expect(Array.from(dataset.target)).toEqual([10, 12, 9, 3, 4, 2]);
    expect(Array.from(dataset.covariates[0]!.values)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(summary).toMatchObject({ rows: 3, series: 2, observations: 6 });
  });
});
