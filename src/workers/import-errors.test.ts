import { describe, it, expect } from 'vitest';
import { DataError } from '../core/dataset/errors';
import { toWorkerError } from './import-errors';

describe('toWorkerError', () => {
  it('keeps the code, the parameters and the place of a data error', () => {
    const error = toWorkerError(
      new DataError({ code: 'dates-unreadable', params: { column: 'day' } }, { line: 1, column: 'day' }),
    );
    expect(error).toEqual({
      code: 'dates-unreadable',
      message: 'dates-unreadable',
      params: { column: 'day' },
      where: { line: 1, column: 'day' },
    });
  });

  it('leaves out the place when the error has none', () => {
    expect(toWorkerError(new DataError({ code: 'binary-file', params: {} }))).toEqual({
      code: 'binary-file',
      message: 'binary-file',
      params: {},
    });
  });

  it('passes an unexpected exception on as its detail instead of losing it', () => {
    expect(toWorkerError(new TypeError('x is undefined'))).toEqual({
      code: 'unexpected',
      message: 'x is undefined',
    });
    expect(toWorkerError('boom').message).toBe('boom');
  });
});
