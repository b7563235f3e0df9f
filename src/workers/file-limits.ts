import type { WorkerError } from './protocol';

/** Above this a text file's columns plus the Dataset would not fit in a browser tab's memory. */
export const MAX_TEXT_BYTES = 1024 * 1024 * 1024;
/** A workbook is unzipped and parsed whole in memory, so it gets a much lower cap than text. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

export type FileKind = 'text' | 'xlsx';

export function fileKindOf(fileName: string): FileKind {
  return /\.xlsx$/i.test(fileName) ? 'xlsx' : 'text';
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Refuses, before anything is read, a file too big to load; null when the size is fine. */
export function checkFileSize(fileName: string, bytes: number): WorkerError | null {
  if (bytes === 0) {
    return { code: 'empty-file', message: `"${fileName}" is empty (0 bytes).` };
  }
  if (fileKindOf(fileName) === 'xlsx' && bytes > MAX_XLSX_BYTES) {
    return {
      code: 'xlsx-too-large',
      message: `"${fileName}" is ${megabytes(bytes)}; Excel files over ${megabytes(MAX_XLSX_BYTES)} cannot be read in the browser. Save the sheet as CSV and load that instead.`,
    };
  }
  if (bytes > MAX_TEXT_BYTES) {
    return {
      code: 'file-too-large',
      message: `"${fileName}" is ${megabytes(bytes)}; files over ${megabytes(MAX_TEXT_BYTES)} would exhaust this tab's memory. Split it or aggregate it before loading.`,
    };
  }
  return null;
}
