import { describe, it, expect } from 'vitest';
import {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanError,
  meanSquaredError,
  rootMeanSquaredError,
  symmetricMape,
  weightedApe,
} from './point-errors';

// errors (f − a): +2, −2, +1, −1
const actual = [10, 20, 5, 4];
const forecast = [12, 18, 6, 3];

describe('point error measures', () => {
  it('give the textbook values on a small example', () => {
    expect(meanSquaredError(actual, forecast)).toBeCloseTo(2.5, 12);
    expect(rootMeanSquaredError(actual, forecast)).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(meanAbsoluteError(actual, forecast)).toBeCloseTo(1.5, 12);
    expect(meanError([10, 20], [13, 21])).toBeCloseTo(2, 12);
    // (0.2 + 0.1 + 0.2 + 0.25) / 4 = 18.75 %
    expect(meanAbsolutePercentageError(actual, forecast)).toEqual({ value: 18.75, skippedZeros: 0 });
    // Σ|e| = 6, Σ|a| = 39
    expect(weightedApe(actual, forecast)).toBeCloseTo((100 * 6) / 39, 12);
  });

  it('skip missing actuals instead of counting them as errors', () => {
    expect(meanAbsoluteError([10, NaN, 4], [12, 100, 3])).toBeCloseTo(1.5, 12);
    expect(meanAbsoluteError([NaN], [1])).toBeNaN();
  });

  it('MAPE leaves zero actuals out and says how many', () => {
    const result = meanAbsolutePercentageError([0, 10, 0, NaN], [3, 12, 0, 5]);
    expect(result.value).toBeCloseTo(20, 12);
    expect(result.skippedZeros).toBe(2);
    expect(meanAbsolutePercentageError([0, 0], [1, 2]).value).toBeNaN();
  });

  it('sMAPE is 0 for a perfect zero and 200 for forecasting zero against sales', () => {
    expect(symmetricMape([0, 0], [0, 0])).toBe(0);
    expect(symmetricMape([10], [0])).toBeCloseTo(200, 12);
    // |10 − 12| / ((10 + 12) / 2) = 2 / 11
    expect(symmetricMape([10], [12])).toBeCloseTo(200 / 11, 12);
  });

  it('bias is positive for over-forecasting and negative for under-forecasting', () => {
    expect(meanError([5, 5], [6, 7])).toBeCloseTo(1.5, 12);
    expect(meanError([5, 5], [4, 3])).toBeCloseTo(-1.5, 12);
  });

  it('WAPE is undefined when every actual is zero', () => {
    expect(weightedApe([0, 0], [1, 1])).toBeNaN();
  });
});
