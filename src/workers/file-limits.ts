import type { LoadProblem } from '../core/dataset/problem-codes';
import type { WorkerError } from './protocol';

/** Above this a text file's columns plus the Dataset would not fit in a browser tab's memory. */
export const MAX_TEXT_BYTES = 1024 * 1024 * 1024;
/** A workbook is unzipped and parsed whole in memory, so it gets a much lower cap than text. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

export type FileKind = 'text' | 'xlsx';

export function fileKindOf(fileName: string): FileKind {
  return /\.xlsx$/i.test(fileName) ? 'xlsx' : 'text';
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function refusal(problem: LoadProblem): WorkerError {
  return { code: problem.code, message: problem.code, params: problem.params };
}

/** Refuses, before anything is read, a file too big to load; null when the size is fine. */
export function checkFileSize(fileName: string, bytes: number): WorkerError | null {
  if (bytes === 0) return refusal({ code: 'empty-file', params: {} });
  const size = megabytes(bytes);
  // A workbook is read whole: the page suggests saving the sheet as CSV.
  if (fileKindOf(fileName) === 'xlsx' && bytes > MAX_XLSX_BYTES) {
    return refusal({ code: 'xlsx-too-large', params: { megabytes: size, limit: megabytes(MAX_XLSX_BYTES) } });
  }
  if (bytes > MAX_TEXT_BYTES) {
    return refusal({ code: 'file-too-large', params: { megabytes: size, limit: megabytes(MAX_TEXT_BYTES) } });
  }
  return null;
}
