import { describe, expect, it } from 'vitest';
import { fillRateSafetyFactor } from './fill-rate';
import { normalCdf } from '../metrics/normal';
import { normalDemand } from './normal-demand-fixture';
import { textbookFillRateRules } from './fill-rate-candidates';
import { resolveSettings } from './settings';

describe('textbookFillRateRules', () => {
  it('reads the fill-rate safety factor as a quantile level, well below the same number as a cycle service level', () => {
    // (s, Q): L = 2, reviewed every period, so 2 periods are covered: σ = 10·√2. EOQ = √(2·50·20 / 0.2) = 100.
    const settings = resolveSettings({ leadTime: 2, policy: 'sQ' });
    const costs = { holding: 0.2, shortage: 1, order: 50, waste: 1 };
    const [rule] = textbookFillRateRules(normalDemand(20, 10, 10), settings, costs, 0.98);
    expect(rule?.kind).toBe('sQ');
    expect(rule?.level).toBeCloseTo(normalCdf(fillRateSafetyFactor(10 * Math.SQRT2, 100, 0.98)), 6);
    expect(rule?.level).toBeLessThan(0.9);
  });
});
