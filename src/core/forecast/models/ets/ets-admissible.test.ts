import { describe, it, expect } from 'vitest';
import { isAdmissibleSeasonal, rootsWithinUnitCircle } from './ets-admissible';

describe('rootsWithinUnitCircle', () => {
  it('accepts roots inside the unit circle and refuses one outside', () => {
    // (z − 0.5)(z + 0.9) = z² + 0.4z − 0.45; (z − 1.2)(z − 0.1) = z² − 1.3z + 0.12.
    expect(rootsWithinUnitCircle(Float64Array.from([-0.45, 0.4, 1]))).toBe(true);
    expect(rootsWithinUnitCircle(Float64Array.from([0.12, -1.3, 1]))).toBe(false);
  });
  it('accepts a root on the circle (the undamped seasonal unit root) and complex pairs by modulus', () => {
    // (z − 1)(z − 0.3) and z² + 0.81 (roots ±0.9i) pass; z² + 1.21 (roots ±1.1i) fails.
    expect(rootsWithinUnitCircle(Float64Array.from([0.3, -1.3, 1]))).toBe(true);
    expect(rootsWithinUnitCircle(Float64Array.from([0.81, 0, 1]))).toBe(true);
    expect(rootsWithinUnitCircle(Float64Array.from([1.21, 0, 1]))).toBe(false);
  });
});

describe('isAdmissibleSeasonal', () => {
  it('accepts usual Holt–Winters parameters and refuses a steep beta with a large gamma', () => {
    expect(isAdmissibleSeasonal({ alpha: 0.3, beta: 0.01, gamma: 0.1, phi: 1 }, 12)).toBe(true);
    expect(isAdmissibleSeasonal({ alpha: 0.2, beta: 0, gamma: 0.3, phi: 0.9 }, 7)).toBe(true);
    // Inside the usual box (β < α, γ < 1 − α) but outside R's admissible region: the largest
    // characteristic root has modulus 1.013 (numpy.roots).
    expect(isAdmissibleSeasonal({ alpha: 0.5, beta: 0.495, gamma: 0.45, phi: 0.9 }, 12)).toBe(false);
  });
});
