import type { WorkerError } from './protocol';

/** Thrown inside the worker when the user cancels; never shown as an error. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * Turns anything thrown while reading or deriving into the error envelope. Core throws DataError
 * (code, params, line, column), which the page words in the user's language; anything else is a
 * defect, sent as code `unexpected` with its own message as the detail a problem report can quote.
 */
export function toWorkerError(thrown: unknown): WorkerError {
  if (thrown instanceof Error && 'code' in thrown && typeof thrown.code === 'string') {
    const line = 'line' in thrown && typeof thrown.line === 'number' ? thrown.line : undefined;
    const column = 'column' in thrown && typeof thrown.column === 'string' ? thrown.column : undefined;
    const error: WorkerError = { code: thrown.code, message: thrown.message };
    if ('params' in thrown) error.params = thrown.params;
    if (line !== undefined || column !== undefined) error.where = { line, column };
    return error;
  }
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: 'unexpected', message: detail };
}
