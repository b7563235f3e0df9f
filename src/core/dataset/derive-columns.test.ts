import { describe, it, expect } from 'vitest';
import { readCodedDays, readCodedFlags, readCodedNumbers, readNumbers } from './derive-columns';
import { toFloat64 } from './row-values';
import type { NumberFormat, RawColumn } from './types';

const format: NumberFormat = { decimal: ',', thousands: '.' };
const prices: RawColumn = {
  kind: 'dict',
  name: 'price',
  codes: Int8Array.from([0, 1, -1, 2, 0]),
  dict: ['1,5', 'n/a', '1.000,25'],
};

describe('coded column readings', () => {
  it('keeps a dictionary column coded: its own codes and one number per distinct text', () => {
    const reading = readCodedNumbers(prices, format);
    expect(reading.values).not.toBeInstanceOf(Float64Array);
    if (reading.values instanceof Float64Array) return;
    expect(reading.values.codes).toBe(prices.codes);
    expect(Array.from(reading.values.byCode)).toEqual([1.5, NaN, 1000.25]);
  });

  it('reads the same numbers and reports the same unreadable cells as the per-row reading', () => {
    const coded = readCodedNumbers(prices, format);
    const plain = readNumbers(prices, format);
    expect(Array.from(toFloat64(coded.values))).toEqual([1.5, NaN, NaN, 1000.25, 1.5]);
    expect(Array.from(toFloat64(coded.values))).toEqual(Array.from(plain.values));
    expect(coded.unreadable).toBe(1);
    expect(coded.exampleRows).toEqual([1]);
    expect(coded.exampleText).toEqual(['n/a']);
    expect(Array.from(coded.unreadableRows ?? [])).toEqual([0, 1, 0, 0, 0]);
  });

  it('codes flags and days per distinct text', () => {
    const promo: RawColumn = {
      kind: 'dict',
      name: 'promo',
      codes: Int8Array.from([0, 1, 1, 0]),
      dict: ['yes', '0'],
    };
    expect(Array.from(toFloat64(readCodedFlags(promo, format).values))).toEqual([1, 0, 0, 1]);
    const dates: RawColumn = {
      kind: 'dict',
      name: 'date',
      codes: Int16Array.from([1, 0, -1]),
      dict: ['1970-01-02', '1970-01-01'],
    };
    expect(Array.from(toFloat64(readCodedDays(dates, 'iso').values))).toEqual([0, 1, NaN]);
  });

  it('reads a numeric column through its own array', () => {
    const values = Float64Array.from([3, NaN]);
    const column: RawColumn = { kind: 'numeric', name: 'sales', values, text: new Map([[1, 'x']]) };
    const reading = readCodedNumbers(column, format);
    expect(reading.values).toBe(values);
    expect(reading.unreadable).toBe(1);
  });
});
