import type { WorkerError } from './protocol';

/** Thrown inside the worker when the user cancels; never shown as an error. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * Turns anything thrown while reading or deriving into a message for the user. Core throws
 * DataError (code, line, column); anything else is a defect, shown with its own message so a
 * problem report can quote it.
 */
export function toWorkerError(thrown: unknown): WorkerError {
  if (thrown instanceof Error && 'code' in thrown && typeof thrown.code === 'string') {
    const line = 'line' in thrown && typeof thrown.line === 'number' ? thrown.line : undefined;
    const column = 'column' in thrown && typeof thrown.column === 'string' ? thrown.column : undefined;
    const error: WorkerError = { code: thrown.code, message: thrown.message };
    if (line !== undefined || column !== undefined) error.where = { line, column };
    return error;
  }
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: 'unexpected', message: `Something went wrong while reading the data: ${detail}` };
}
