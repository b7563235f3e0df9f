import { describe, expect, it } from 'vitest';
import { leadTimeDemandSigma } from './lead-time-demand';

describe('demand over a variable lead time', () => {
  it('adds μ²σ²_L to E[L]σ²_d', () => {
    // E[L] = 4 weeks, σ_L = 1 week, μ_d = 50 and σ_d = 10 a week: σ² = 4·100 + 2500·1 = 2900.
    expect(leadTimeDemandSigma(4, 1, 50, 10)).toBeCloseTo(Math.sqrt(2900), 9);
    expect(leadTimeDemandSigma(4, 0, 50, 10)).toBeCloseTo(20, 9);
  });

  it('depends on consistent units: a lead time in days with weekly demand gives another answer', () => {
    expect(leadTimeDemandSigma(28, 7, 50, 10)).not.toBeCloseTo(leadTimeDemandSigma(4, 1, 50, 10), 1);
  });
});
