import { describe, it, expect } from 'vitest';
import { toWorkerError } from './import-errors';

class FakeDataError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(message);
  }
}

describe('toWorkerError', () => {
  it('keeps the code and the place of a data error', () => {
    const error = toWorkerError(new FakeDataError('No date column', 'no-date-column', 1, 'day'));
    expect(error).toEqual({
      code: 'no-date-column',
      message: 'No date column',
      where: { line: 1, column: 'day' },
    });
  });

  it('leaves out the place when the error has none', () => {
    expect(toWorkerError(new FakeDataError('Binary file', 'binary-file'))).toEqual({
      code: 'binary-file',
      message: 'Binary file',
    });
  });

  it('words an unexpected exception instead of losing it', () => {
    const error = toWorkerError(new TypeError('x is undefined'));
    expect(error.code).toBe('unexpected');
    expect(error.message).toContain('x is undefined');
    expect(toWorkerError('boom').message).toContain('boom');
  });
});
