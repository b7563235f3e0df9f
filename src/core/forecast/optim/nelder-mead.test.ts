import { describe, it, expect } from 'vitest';
import { minimiseInBox, nelderMead } from './nelder-mead';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const rosenbrock = (x: Float64Array): number => {
      const a = x[0] ?? 0;
      const b = x[1] ?? 0;
      return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    };
    const result = nelderMead(rosenbrock, Float64Array.of(-1.2, 1), {
      maxEvaluations: 5000,
      tolerance: 1e-14,
    });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
    expect(result.value).toBeLessThan(1e-6);
  });

  it('minimises a shifted quadratic in four dimensions', () => {
    const target = [3, -2, 0.5, 10];
    const f = (x: Float64Array): number =>
      target.reduce((s, t, i) => s + (i + 1) * ((x[i] ?? 0) - t) ** 2, 0);
    const result = nelderMead(f, new Float64Array(4), { step: 1, maxEvaluations: 4000, tolerance: 1e-14 });
    target.forEach((t, i) => expect(result.x[i]).toBeCloseTo(t, 3));
  });

  it('treats NaN as infeasible rather than as a minimum', () => {
    const f = (x: Float64Array): number => ((x[0] ?? 0) < 0 ? NaN : ((x[0] ?? 0) - 2) ** 2);
    const result = nelderMead(f, Float64Array.of(1), { tolerance: 1e-12 });
    expect(result.x[0]).toBeCloseTo(2, 4);
  });
});

describe('minimiseInBox', () => {
  it('stops at the bound when the unconstrained minimum lies outside the box', () => {
    const f = (x: Float64Array): number => ((x[0] ?? 0) - 5) ** 2 + ((x[1] ?? 0) - 0.3) ** 2;
    const result = minimiseInBox(f, Float64Array.of(0.5, 0.5), Float64Array.of(0, 0), Float64Array.of(1, 1), {
      tolerance: 1e-14,
      maxEvaluations: 2000,
    });
    expect(result.x[0]).toBeGreaterThan(0.99);
    expect(result.x[0]).toBeLessThanOrEqual(1);
    expect(result.x[1]).toBeCloseTo(0.3, 4);
  });
});
