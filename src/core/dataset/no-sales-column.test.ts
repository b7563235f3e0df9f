import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { guessMapping } from './roles';
import { tableFromRows } from './derive-test-table';

describe('a file whose sales column is mostly unreadable', () => {
  const cells = ['NaN', '4', 'Infinity', 'n/a', 'NaN', '-Infinity', 'NaN', '7', 'NaN', 'NaN'];
  const table = tableFromRows(
    ['date', 'store', 'sales'],
    cells.map((sales, i) => [`2024-01-${String(i + 1).padStart(2, '0')}`, 'S1', sales]),
  );

  it('has no sales column guessed, and the refusal lists the unreadable values by line', () => {
    const mapping = guessMapping(table);
    expect(mapping.target).toBeNull();
    expect(() => deriveDataset(table, mapping)).toThrow(
      expect.objectContaining({
        code: 'no-target-column',
        params: {
          columns: ['date', 'store', 'sales'],
          column: 'sales',
          unreadable: 8,
          rows: 10,
          examples: [
            { text: 'NaN', line: 2 },
            { text: 'Infinity', line: 4 },
            { text: 'n/a', line: 5 },
            { text: 'NaN', line: 6 },
            { text: '-Infinity', line: 7 },
          ],
        },
      }),
    );
  });

  it('reads once the sales column is chosen, its unreadable values an alert', () => {
    const { dataset, issues } = deriveDataset(table, { ...guessMapping(table), target: 'sales' });
    expect(dataset.seriesIds).toEqual(['S1']);
    expect(issues.find((issue) => issue.code === 'unparseable-number')?.severity).toBe('alert');
  });
});
