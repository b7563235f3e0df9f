/** A problem with the user's file that stops it from being read; the message says why, in words. */
export class DataError extends Error {
  /** Stable identifier of the kind of problem, e.g. 'empty-file'. */
  readonly code: string;
  /** 1-based file line the problem is on, when there is one. */
  readonly line?: number;
  readonly column?: string;

  constructor(code: string, message: string, where: { line?: number; column?: string } = {}) {
    super(message);
    this.name = 'DataError';
    this.code = code;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
  }
}
