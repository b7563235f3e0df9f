import { describe, expect, it } from 'vitest';
import { sortedQuantile } from './empirical-quantile';

describe('sortedQuantile', () => {
  it("interpolates between order statistics like R's quantile(type = 7)", () => {
    const sorted = Float64Array.from([1, 2, 3, 4]);
    expect(sortedQuantile(sorted, 0.5)).toBe(2.5);
    expect(sortedQuantile(sorted, 0.9)).toBeCloseTo(3.7, 12);
    expect(sortedQuantile(sorted, 0)).toBe(1);
    expect(sortedQuantile(sorted, 1)).toBe(4);
    expect(sortedQuantile(new Float64Array(0), 0.5)).toBeNaN();
  });
});
