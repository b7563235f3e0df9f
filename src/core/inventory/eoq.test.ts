import { describe, expect, it } from 'vitest';
import { economicOrderQuantity } from './eoq';

describe('economic order quantity', () => {
  it('is √(2KD/h)', () => {
    // D = 1,000 a year, K = 50 per order, h = 2 per unit and year: Q* = √50,000 ≈ 223.6.
    expect(economicOrderQuantity(50, 1000, 2)).toBeCloseTo(223.607, 3);
    expect(economicOrderQuantity(0, 1000, 2)).toBe(0);
  });
});
