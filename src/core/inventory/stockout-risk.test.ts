import { describe, expect, it } from 'vitest';
import { normalDemand } from './normal-demand-fixture';
import { stockoutRisk } from './stockout-risk';

describe('stockoutRisk', () => {
  it('is the chance that demand over the cover exceeds the position', () => {
    const demand = normalDemand(10, 3, 10);
    // Two periods: N(20, 3²·2); a position of 20 + 1.645·3·√2 leaves a 5 % risk.
    expect(stockoutRisk(demand, 2, 20 + 1.6449 * 3 * Math.SQRT2)).toBeCloseTo(0.05, 4);
    expect(stockoutRisk(demand, 2, 20)).toBeCloseTo(0.5, 6);
  });
});
