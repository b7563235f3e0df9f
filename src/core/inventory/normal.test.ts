import { describe, expect, it } from 'vitest';
import { normalCdf, normalLoss, normalQuantile } from './normal';

describe('standard normal functions', () => {
  it('match the printed tables', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.645)).toBeCloseTo(0.95, 4);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6449, 4);
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263, 4);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263, 4);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('gives the unit normal loss of the Silver, Pyke & Thomas table', () => {
    expect(normalLoss(0)).toBeCloseTo(0.3989, 4);
    expect(normalLoss(1)).toBeCloseTo(0.0833, 4);
    expect(normalLoss(2)).toBeCloseTo(0.0085, 4);
    expect(normalLoss(-1)).toBeCloseTo(1.0833, 4);
  });
});
