import type { LoadProblem } from './problem-codes';

/**
 * A problem with the user's file that stops it from being read: a code and its parameters, worded
 * by the data step. The Error's own message is only the code, for logs.
 */
export class DataError extends Error {
  readonly code: LoadProblem['code'];
  readonly params: LoadProblem['params'];
  /** 1-based file line the problem is on, when there is one. */
  readonly line?: number;
  readonly column?: string;

  constructor(problem: LoadProblem, where: { line?: number; column?: string } = {}) {
    super(problem.code);
    this.name = 'DataError';
    this.code = problem.code;
    this.params = problem.params;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
  }
}
