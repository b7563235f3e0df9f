import { describe, expect, it } from 'vitest';
import { addTotalErrors, calibrateTotal, createTotalErrors, mergeTotalErrors } from './total-errors';

const window = (originDate: number, forecast: number[], actual: number[]) => ({
  originDate,
  forecast,
  actual,
});

describe('total errors', () => {
  it('aligns series by origin date and leaves cells with one series out', () => {
    const errors = createTotalErrors(2);
    // Two series sharing the origin 100; the second one also has an origin (100 + 7) of its own.
    addTotalErrors(errors, [window(100, [10, 10], [12, 8])]);
    addTotalErrors(errors, [window(100, [20, 20], [24, 16]), window(107, [20, 20], [25, 15])]);
    expect(Object.keys(errors.cells).sort()).toEqual(['100', '107']);
    expect(Array.from(errors.cells['100']!.counts)).toEqual([2, 2]);
    // Errors move together in proportion at date 100 (k = 1); date 107 holds one series only.
    const total = calibrateTotal(errors);
    expect(total?.cells).toBe(2);
    // σ of the second series mixes its two origins: k is the share of that cell's scale the total shows.
    const sigma2 = Math.sqrt((16 + 16 + 25 + 25) / 4);
    expect(total?.factor).toBeCloseTo(6 / (2 + sigma2), 9);
  });

  it('skips periods without an actual and series that never err', () => {
    const errors = createTotalErrors(2);
    addTotalErrors(errors, [window(1, [5, 5], [6, Number.NaN])]);
    addTotalErrors(errors, [window(1, [0, 0], [0, 0])]);
    expect(Array.from(errors.cells['1']!.counts)).toEqual([1, 0]);
    expect(calibrateTotal(errors)).toBeNull();
  });

  it('merges to the same calibration in any order', () => {
    const parts = [0, 1, 2].map((part) => {
      const errors = createTotalErrors(3);
      for (let s = 0; s < 4; s++) {
        addTotalErrors(errors, [
          window(10, [5, 5, 5], [5 + part + s, 4 - s, 6 + part * s]),
          window(17, [5, 5, 5], [3 + s, 5 + part, 7 - s]),
        ]);
      }
      return errors;
    });
    const forward = createTotalErrors(3);
    parts.forEach((part) => mergeTotalErrors(forward, part));
    const backward = createTotalErrors(3);
    [...parts].reverse().forEach((part) => mergeTotalErrors(backward, part));
    expect(calibrateTotal(forward)?.factor).toBeCloseTo(calibrateTotal(backward)?.factor ?? NaN, 12);
    expect(calibrateTotal(forward)?.cells).toBe(6);
  });
});
