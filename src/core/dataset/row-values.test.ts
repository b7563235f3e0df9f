import { describe, it, expect } from 'vitest';
import { mapToInt32, toFloat64, valueAt, valuesThatOccur, type CodedValues } from './row-values';

const coded: CodedValues = { codes: Int8Array.from([1, -1, 0, 1]), byCode: Float64Array.from([2.5, NaN]) };

describe('row values', () => {
  it('reads a coded row through its code, with NaN for an empty cell', () => {
    expect(valueAt(coded, 2)).toBe(2.5);
    expect(valueAt(coded, 0)).toBeNaN();
    expect(valueAt(coded, 1)).toBeNaN();
    expect(valueAt(Float64Array.from([7, 8]), 1)).toBe(8);
  });

  it('expands coded values to one number per row, and returns an array as it is', () => {
    expect(
      Array.from(toFloat64({ codes: Int16Array.from([0, -1, 0]), byCode: Float64Array.from([4]) })),
    ).toEqual([4, NaN, 4]);
    const values = Float64Array.from([1, 2]);
    expect(toFloat64(values)).toBe(values);
  });

  it('lists the values that occur once per used code, with NaN for empty cells', () => {
    expect(Array.from(valuesThatOccur(coded, 4))).toEqual([NaN, 2.5, NaN]);
    expect(Array.from(valuesThatOccur(coded, 1))).toEqual([NaN]);
    expect(
      Array.from(valuesThatOccur({ codes: Int8Array.from([1, 1, 0]), byCode: Float64Array.from([5, 6]) }, 2)),
    ).toEqual([6]);
    expect(Array.from(valuesThatOccur(Float64Array.from([3, 3, 4]), 2))).toEqual([3, 3]);
  });

  it('maps each row to an integer, once per code for coded values', () => {
    const seen: number[] = [];
    const days: CodedValues = { codes: Int16Array.from([1, 1, 0, 1]), byCode: Float64Array.from([10, 20]) };
    const periods = mapToInt32(days, 4, (day) => {
      seen.push(day);
      return day / 10;
    });
    expect(Array.from(periods)).toEqual([2, 2, 1, 2]);
    expect(seen).toEqual([10, 20]);
    expect(Array.from(mapToInt32(Float64Array.from([1.5, 7]), 2, Math.floor))).toEqual([1, 7]);
  });
});
