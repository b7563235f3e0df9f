import { describe, it, expect } from 'vitest';
import { concatWindows } from './concat-windows';

describe('concatWindows', () => {
  it('lays windows end to end in order', () => {
    const joined = concatWindows([Float64Array.of(1, 2), Float64Array.of(), Float64Array.of(3, NaN, 5)]);
    expect(Array.from(joined)).toEqual([1, 2, 3, NaN, 5]);
  });

  it('gives an empty array for no windows', () => {
    expect(concatWindows([]).length).toBe(0);
  });
});
