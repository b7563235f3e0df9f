import { describe, expect, it } from 'vitest';
import { addExact, exactValue, mergeExact, type ExactSum } from './exact-sum';
import { mulberry32 } from './seeded-random';

const sumOf = (values: number[]): ExactSum => {
  const sum: ExactSum = [];
  for (const value of values) addExact(sum, value);
  return sum;
};

describe('exact sum', () => {
  it('keeps what a plain sum loses', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(exactValue(sumOf([0.1, 0.2, 0.3]))).toBe(0.6);
    expect(exactValue(sumOf([1e16, 1, -1e16]))).toBe(1);
    expect(exactValue(sumOf([1e100, 1, -1e100, 1e-100]))).toBe(1);
    expect(exactValue(sumOf([]))).toBe(0);
  });

  it('gives the same value to the last bit in any order and grouping', () => {
    const random = mulberry32(7);
    const values = Array.from({ length: 2000 }, () => (random() - 0.45) * 10 ** Math.floor(random() * 12));
    const reference = exactValue(sumOf(values));
    let plainDiffers = false;
    for (let trial = 0; trial < 5; trial++) {
      const shuffled = [...values].sort(() => random() - 0.5);
      const groups = 1 + trial;
      const merged: ExactSum = [];
      for (let g = 0; g < groups; g++) {
        mergeExact(merged, sumOf(shuffled.filter((_, i) => i % groups === g)));
      }
      expect(exactValue(merged)).toBe(reference);
      if (shuffled.reduce((total, value) => total + value, 0) !== reference) plainDiffers = true;
    }
    // The data are chosen so that a plain sum does change with the order.
    expect(plainDiffers).toBe(true);
  });
});
