/**
 * Reads one sheet of an .xlsx workbook into a RawTable. The workbook is unzipped whole (the size
 * cap in file-limits keeps that bounded); cells become the text a CSV export would hold.
 */
import readExcelFile from 'read-excel-file/web-worker';
import { DataError } from '../core/dataset/errors';
import { TableBuilder } from '../core/dataset/table-builder';
import type { RawTable, TextFormat } from '../core/dataset/types';
import { cellToText, type SheetCell } from './cell-text';

const WORKBOOK_FORMAT: TextFormat = {
  decimal: '.',
  thousands: '',
  delimiter: ',',
  encoding: 'utf-8',
  hasBom: false,
};

export interface WorkbookSheet {
  table: RawTable;
  sheets: string[];
  sheet: string;
}

/** read-excel-file's typings call a date cell `typeof Date`; at run time it is a Date instance. */
function textOf(cell: unknown): string {
  return cellToText(cell as SheetCell);
}

export async function readWorkbookSheet(file: File, wanted: string | null): Promise<WorkbookSheet> {
  const workbook = await readExcelFile(file).catch((thrown: unknown) => {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    throw new DataError({ code: 'unreadable-workbook', params: { detail } });
  });
  const sheets = workbook.map((entry) => entry.sheet);
  const chosen = workbook.find((entry) => entry.sheet === wanted) ?? workbook[0];
  if (!chosen) throw new DataError({ code: 'empty-workbook', params: {} });
  const rows = chosen.data.map((row) => row.map(textOf));
  // Leading blank rows are skipped; the first row with any text is the header.
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell !== ''));
  const header = rows[headerIndex];
  if (!header) throw new DataError({ code: 'empty-sheet', params: { sheet: chosen.sheet } });
  const builder = new TableBuilder(file.name, WORKBOOK_FORMAT, header);
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index] ?? [];
    // Spreadsheet row numbers are 1-based, so problems point at the row the user sees in Excel.
    if (row.some((cell) => cell !== '')) builder.addRow(row, index + 1);
  }
  return { table: builder.finish(), sheets, sheet: chosen.sheet };
}
