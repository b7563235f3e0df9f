import { describe, expect, it } from 'vitest';
import { classifyAbc, classifyXyz } from './abc-xyz';

describe('ABC and XYZ classes', () => {
  it('puts the items making the top 80 % of revenue in A, the next 15 % in B', () => {
    expect(classifyAbc([3, 50, 10, 2, 30, 5])).toEqual(['C', 'A', 'B', 'C', 'A', 'B']);
    expect(classifyAbc([0, 0])).toEqual(['C', 'C']);
  });

  it('splits XYZ at a coefficient of variation of 0.5 and 1', () => {
    expect(classifyXyz(Float64Array.from([10, 12, 8, 10]))).toBe('X');
    // Mean 1, population sd √0.5 ≈ 0.71.
    expect(classifyXyz(Float64Array.from([2, 0, 1, 1]))).toBe('Y');
    expect(classifyXyz(Float64Array.from([4, 0, 0, 0, NaN]))).toBe('Z');
    expect(classifyXyz(new Float64Array(3))).toBe('Z');
  });
});
