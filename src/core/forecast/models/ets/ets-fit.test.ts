import { describe, it, expect } from 'vitest';
import { fitEtsForm } from './ets-fit';
import { isAdmissibleSeasonal } from './ets-admissible';
import { AIR_PASSENGERS } from '../reference-series';

describe('fitEtsForm on a seasonal form', () => {
  it('keeps the parameters admissible and the multiplicative season averaging one (AirPassengers)', () => {
    const y = Float64Array.from(AIR_PASSENGERS.slice(0, 96));
    const fit = fitEtsForm(y, y, y.length, { error: 'M', trend: 'A', season: 'M' }, 12);
    expect(fit).toBeDefined();
    if (!fit) return;
    expect(isAdmissibleSeasonal(fit.params, 12)).toBe(true);
    expect(fit.initialSeason.reduce((total, v) => total + v, 0)).toBeCloseTo(12, 9);
    // July (phase 6) is the peak month and November (phase 10) the trough.
    expect(fit.initialSeason[6]).toBeGreaterThan(1.15);
    expect(fit.initialSeason[10]).toBeLessThan(0.9);
  });
});
