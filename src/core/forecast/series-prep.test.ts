import { describe, it, expect } from 'vitest';
import {
  clampNonNegative,
  countObserved,
  fillMissingSeasonal,
  hasNegative,
  interpolateMissing,
  isConstant,
  lastObservedIndex,
} from './series-prep';

const f = (...values: number[]): Float64Array => Float64Array.from(values);

describe('interpolateMissing', () => {
  it('draws a straight line across inner gaps and carries the nearest value to the ends', () => {
    expect([...interpolateMissing(f(NaN, 2, NaN, NaN, 8, NaN))]).toEqual([2, 2, 4, 6, 8, 8]);
  });
  it('turns a series with no observation into zeros', () => {
    expect([...interpolateMissing(f(NaN, NaN))]).toEqual([0, 0]);
  });
  it('leaves the input untouched', () => {
    const y = f(1, NaN, 3);
    interpolateMissing(y);
    expect(Number.isNaN(y[1])).toBe(true);
  });
});

describe('fillMissingSeasonal', () => {
  it('fills a missing day from the same weekday before and after', () => {
    // Period 3: phases are 10/20/30-ish; the NaN at index 4 (phase 1) lies between 20 and 24.
    const y = f(10, 20, 30, 11, NaN, 31, 12, 24, 32);
    expect(fillMissingSeasonal(y, 3)[4]).toBe(22);
  });
  it('uses plain interpolation for a phase that is never observed', () => {
    const y = f(10, NaN, 30, 12, NaN, 32);
    expect([...fillMissingSeasonal(y, 3)]).toEqual([10, 20, 30, 12, 22, 32]);
  });
});

describe('small helpers', () => {
  it('count, find the last value, and spot negatives and constants', () => {
    const y = f(3, NaN, 3, NaN);
    expect(countObserved(y)).toBe(2);
    expect(lastObservedIndex(y)).toBe(2);
    expect(lastObservedIndex(f(NaN))).toBe(-1);
    expect(isConstant(y)).toBe(true);
    expect(isConstant(f(3, 4))).toBe(false);
    expect(hasNegative(y)).toBe(false);
    expect(hasNegative(f(1, -1))).toBe(true);
  });
  it('clamps forecasts at zero only when the history has no negative value', () => {
    expect([...clampNonNegative(f(-2, 5), f(0, 1))]).toEqual([0, 5]);
    expect([...clampNonNegative(f(-2, 5), f(-1, 1))]).toEqual([-2, 5]);
  });
});
