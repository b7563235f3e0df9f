import { describe, expect, it } from 'vitest';
import { roundOrder } from './order-rounding';

describe('order rounding', () => {
  it('rounds to whole units, at least the MOQ, in whole packs', () => {
    expect(roundOrder(0, 5, 10)).toBe(0);
    expect(roundOrder(-3, 5, 10)).toBe(0);
    expect(roundOrder(2.2, 0, 1)).toBe(3);
    expect(roundOrder(3, 5, 1)).toBe(5);
    expect(roundOrder(3, 0, 12)).toBe(12);
    expect(roundOrder(13, 0, 12)).toBe(24);
    expect(roundOrder(3, 15, 12)).toBe(24);
  });
});
