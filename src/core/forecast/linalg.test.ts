import { describe, it, expect } from 'vitest';
import { choleskySolve, multiplyVector, ridgeSolve } from './linalg';

describe('linalg', () => {
  it('solves a symmetric positive-definite system (hand: [[4,2],[2,3]]·x = [10,8] → x = [1.75, 1.5])', () => {
    const x = choleskySolve(Float64Array.of(4, 2, 2, 3), 2, Float64Array.of(10, 8));
    expect(x?.[0]).toBeCloseTo(1.75, 12);
    expect(x?.[1]).toBeCloseTo(1.5, 12);
  });

  it('refuses a singular matrix', () => {
    expect(choleskySolve(Float64Array.of(1, 1, 1, 1), 2, Float64Array.of(1, 1))).toBeNull();
  });

  it('least squares without penalty recovers an exact line, and the ridge penalty shrinks it', () => {
    // y = 1 + 2x on x = 1, 2, 3.
    const design = Float64Array.of(1, 1, 1, 2, 1, 3);
    const y = Float64Array.of(3, 5, 7);
    const exact = ridgeSolve(design, 3, 2, y, Float64Array.of(0, 0));
    expect(exact?.[0]).toBeCloseTo(1, 10);
    expect(exact?.[1]).toBeCloseTo(2, 10);
    // One column x = 1, 2, 3 and y = 2x, penalty 14: β = Σxy / (Σx² + 14) = 28 / 28 = 1.
    expect(
      ridgeSolve(Float64Array.of(1, 2, 3), 3, 1, Float64Array.of(2, 4, 6), Float64Array.of(14))?.[0],
    ).toBeCloseTo(1, 12);
  });

  it('multiplies a matrix by a vector', () => {
    expect(Array.from(multiplyVector(Float64Array.of(1, 2, 3, 4), 2, 2, Float64Array.of(1, -1)))).toEqual([
      -1, -1,
    ]);
  });
});
