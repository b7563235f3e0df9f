import { describe, expect, it } from 'vitest';
import { criticalRatio, perishableCriticalRatio } from './newsvendor';

describe('newsvendor critical ratio', () => {
  it('is cᵤ / (cᵤ + cₒ)', () => {
    // cᵤ = 3 and cₒ = 1: stock the 75 % quantile.
    expect(criticalRatio(3, 1)).toBe(0.75);
    expect(perishableCriticalRatio(30, 100, 0)).toBeCloseTo(30 / 130, 12);
  });
});
