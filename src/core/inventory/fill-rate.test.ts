import { describe, expect, it } from 'vitest';
import { cycleServiceSafetyFactor, fillRateSafetyFactor } from './fill-rate';
import { normalLoss } from '../metrics/normal';

describe('fill rate is not a cycle service level', () => {
  it('solves σ·G(z) = (1 − β)·Q', () => {
    // Q = 100, σ = 20, β = 0.98: G(z) = 0.1, so z ≈ 0.90 (G(0.90) = 0.1004 in the table).
    const z = fillRateSafetyFactor(20, 100, 0.98);
    expect(normalLoss(z)).toBeCloseTo(0.1, 6);
    expect(z).toBeCloseTo(0.9, 2);
  });

  it('needs far less safety stock than the same number read as a cycle service level', () => {
    const zFill = fillRateSafetyFactor(20, 100, 0.98);
    const zCycle = cycleServiceSafetyFactor(0.98);
    expect(zCycle).toBeCloseTo(2.054, 3);
    expect(zCycle - zFill).toBeGreaterThan(1);
  });

  it('needs more safety when orders are small against the demand uncertainty', () => {
    expect(fillRateSafetyFactor(20, 10, 0.98)).toBeGreaterThan(fillRateSafetyFactor(20, 100, 0.98));
  });
});
