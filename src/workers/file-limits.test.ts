import { describe, it, expect } from 'vitest';
import { checkFileSize, fileKindOf, MAX_TEXT_BYTES, MAX_XLSX_BYTES } from './file-limits';

describe('checkFileSize', () => {
  it('accepts ordinary files', () => {
    expect(checkFileSize('sales.csv', 5_000_000)).toBeNull();
    expect(checkFileSize('sales.xlsx', 5_000_000)).toBeNull();
  });

  it('refuses an empty file', () => {
    expect(checkFileSize('sales.csv', 0)?.code).toBe('empty-file');
  });

  it('refuses a workbook over the xlsx cap but not a CSV of the same size', () => {
    const error = checkFileSize('Sales.XLSX', MAX_XLSX_BYTES + 1);
    expect(error?.code).toBe('xlsx-too-large');
    expect(error?.params).toEqual({ megabytes: 50, limit: 50 });
    expect(checkFileSize('sales.csv', MAX_XLSX_BYTES + 1)).toBeNull();
  });

  it('refuses a text file that would exhaust memory', () => {
    expect(checkFileSize('huge.csv', MAX_TEXT_BYTES + 1)?.code).toBe('file-too-large');
  });
});

describe('fileKindOf', () => {
  it('tells workbooks from text by extension', () => {
    expect(fileKindOf('a.xlsx')).toBe('xlsx');
    expect(fileKindOf('a.tsv')).toBe('text');
  });
});
