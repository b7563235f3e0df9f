import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal';

describe('normalQuantile', () => {
  it('gives the textbook z values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('is odd around one half and infinite at the ends', () => {
    for (const p of [0.6, 0.8, 0.99, 0.999]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 8);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
