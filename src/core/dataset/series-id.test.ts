import { describe, it, expect } from 'vitest';
import { makeSeriesId } from './series-id';

describe('makeSeriesId', () => {
  it('joins key values with a slash in the given order', () => {
    expect(makeSeriesId(['STORE_1', 'STORE_1_064'])).toBe('STORE_1/STORE_1_064');
  });

  it('escapes a slash inside a key so different key tuples never share an id', () => {
    expect(makeSeriesId(['a/b', 'c'])).toBe('a\\/b/c');
    expect(makeSeriesId(['a', 'b/c'])).toBe('a/b\\/c');
  });

  it('returns the single key unchanged', () => {
    expect(makeSeriesId(['Bread'])).toBe('Bread');
  });
});
