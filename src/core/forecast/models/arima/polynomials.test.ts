import { describe, it, expect } from 'vitest';
import { differencingPolynomial, expandAr, expandMa, isInvertible, isStationary } from './polynomials';

describe('lag polynomials', () => {
  it('multiplies the seasonal AR factor in (hand: (1 − 0.5B)(1 − 0.3B⁴))', () => {
    // = 1 − 0.5B − 0.3B⁴ + 0.15B⁵ → coefficients on past values 0.5, 0, 0, 0.3, −0.15.
    const a = expandAr(Float64Array.of(0.5), Float64Array.of(0.3), 4);
    expect(Array.from(a).map((v) => +v.toFixed(12))).toEqual([0.5, 0, 0, 0.3, -0.15]);
  });

  it('multiplies the seasonal MA factor in (hand: (1 + 0.4B)(1 + 0.5B²))', () => {
    const b = expandMa(Float64Array.of(0.4), Float64Array.of(0.5), 2);
    expect(Array.from(b).map((v) => +v.toFixed(12))).toEqual([0.4, 0.5, 0.2]);
  });

  it('builds (1 − B)(1 − B⁴) = 1 − B − B⁴ + B⁵', () => {
    expect(Array.from(differencingPolynomial(1, 1, 4))).toEqual([1, -1, 0, 0, -1, 1]);
  });

  it('tells stationary AR and invertible MA polynomials from the others', () => {
    expect(isStationary(Float64Array.of(0.5))).toBe(true);
    expect(isStationary(Float64Array.of(1.02))).toBe(false);
    expect(isStationary(Float64Array.of(0.5, 0.3))).toBe(true);
    // φ₁ + φ₂ > 1: a root inside the unit circle.
    expect(isStationary(Float64Array.of(0.5, 0.6))).toBe(false);
    // Complex roots with modulus 1/√0.81 > 1: stationary although |φ₁| > 1.
    expect(isStationary(Float64Array.of(1.2, -0.81))).toBe(true);
    expect(isInvertible(Float64Array.of(-0.9))).toBe(true);
    expect(isInvertible(Float64Array.of(1.5))).toBe(false);
  });
});
