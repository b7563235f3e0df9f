import { describe, it, expect } from 'vitest';
import { dataT } from './data-test-i18n';
import { noteSeverity, noteText, reasonText } from './load-messages';

const en = dataT('en');
const zh = dataT('zh-CN');
const noDate = {
  code: 'dates-unreadable',
  message: 'dates-unreadable',
  params: { column: 'day' },
  where: { line: 1, column: 'day' },
};

describe('a failed load', () => {
  it('says which file was not loaded, why, where, and that the previous data stays', () => {
    const note = { kind: 'failed-load', fileName: 'broken.csv', error: noDate, hasPrevious: true } as const;
    expect(noteText(en, note)).toBe(
      '"broken.csv" was not loaded: No date in column "day" could be read. Check the date column and its format (at line 1, column "day"). The data loaded before is still shown.',
    );
    expect(noteText(zh, note)).toBe(
      '“broken.csv”未载入：“day”列中没有任何日期可以读取。请检查日期列及其格式（位置：第 1 行，“day”列）。之前载入的数据仍在显示。',
    );
    expect(noteSeverity(note)).toBe('alert');
  });

  it('leaves out the place and the note about previous data when there is none', () => {
    const error = { code: 'empty-file', message: 'empty-file', params: {} };
    expect(noteText(en, { kind: 'failed-load', fileName: 'empty.csv', error, hasPrevious: false })).toBe(
      '"empty.csv" was not loaded: The file is empty.',
    );
  });

  it('words a size refusal with its figures in the user’s number format', () => {
    const error = { code: 'file-too-large', message: '', params: { megabytes: 1536, limit: 1024 } };
    expect(reasonText(en, error)).toContain('The file is 1,536 MB; files over 1,024 MB');
  });

  it('words the parse worker’s own codes, not its log text', () => {
    expect(reasonText(en, { code: 'no-table', message: 'no-table' })).toBe(
      'No file has been read yet: load a file first.',
    );
    expect(reasonText(zh, { code: 'no-table', message: 'no-table' })).toBe(
      '尚未读取任何文件：请先载入文件。',
    );
  });

  it('quotes the detail of an unexpected failure instead of losing it', () => {
    expect(reasonText(en, { code: 'unexpected', message: 'x is undefined' })).toBe(
      'Something went wrong while reading the data: x is undefined',
    );
    expect(reasonText(zh, { code: 'worker-crashed', message: 'out of memory' })).toBe(
      '读取程序意外停止：out of memory',
    );
  });
});

describe('a file waiting for its mapping', () => {
  const error = {
    code: 'no-target-column',
    message: 'no-target-column',
    params: {
      columns: ['date', 'store', 'sales'],
      column: 'sales',
      unreadable: 8,
      rows: 10,
      examples: [
        { text: 'NaN', line: 2 },
        { text: 'Infinity', line: 4 },
      ],
    },
  };

  it('says the file is not loaded yet, lists the unreadable values by line, and that the previous data stays', () => {
    expect(noteText(en, { kind: 'pending', fileName: 'bad.csv', error, hasPrevious: true })).toBe(
      '"bad.csv" is not loaded yet: No column reads as sales numbers (columns: date, store, sales). Column "sales" has 8 values of 10 that are not a number: "NaN" on line 2, "Infinity" on line 4 and 6 more. Choose the column that holds the sales in the mapping. Its columns are shown below. The data loaded before is still shown until then.',
    );
    expect(noteText(zh, { kind: 'pending', fileName: 'bad.csv', error, hasPrevious: false })).toBe(
      '“bad.csv”尚未载入：没有可读取为销量数字的列（列：date、store、sales）。“sales”列的 10 个值中有 8 个不是数字：第 2 行的“NaN”、第 4 行的“Infinity”，另有 6 个。请在列的对应关系中选择包含销量的列。它的列显示在下方。',
    );
  });
});

describe('other notes', () => {
  it('says the previous mapping is kept when a change fails', () => {
    const error = {
      code: 'dates-unreadable',
      message: '',
      params: { column: 'store' },
      where: { column: 'store' },
    };
    expect(noteText(en, { kind: 'failed-remap', error })).toBe(
      'That change could not be applied, so the previous mapping is kept: No date in column "store" could be read. Check the date column and its format (at column "store").',
    );
  });

  it('names the file and the day a remembered mapping was saved, as a routine note', () => {
    const note = { kind: 'remembered', fileName: 'june.csv', savedAt: '2026-11-20T10:00:00.000Z' } as const;
    expect(noteText(en, note)).toContain('(2026-11-20)');
    expect(noteSeverity(note)).toBe('status');
  });

  it('says a cancelled import was cancelled', () => {
    expect(noteText(en, { kind: 'cancelled', fileName: 'big.csv', hasPrevious: false })).toBe(
      'Import of "big.csv" cancelled.',
    );
  });
});
