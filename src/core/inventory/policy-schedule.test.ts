import { describe, expect, it } from 'vitest';
import { normalDemand } from './normal-demand-fixture';
import { levelsAt } from './policy-schedule';
import { buildReviewLevels } from './review-levels';
import { resolveSettings } from './settings';
import type { PolicyRule, UnitCosts } from './types';

const costs: UnitCosts = { holding: 0.1, shortage: 3, order: 50, waste: 10 };
const z95 = 1.6448536;

function levels(rule: PolicyRule, leadTime: number, reviewPeriod: number) {
  const settings = resolveSettings({ leadTime, reviewPeriod });
  const demand = new Float64Array(10).fill(10);
  const table = buildReviewLevels(demand, () => normalDemand(10, 3, 20), settings, [0.95], 5, 6);
  return levelsAt(rule, table, 0, settings, costs);
}

describe('policy levels from the demand distribution', () => {
  it('protects lead time + review period under periodic review, not lead time alone', () => {
    // L = 3, R = 4, μ = 10, σ = 3 a period. The order placed at the review of period t sells from
    // t + 3, the next one from t + 7: it covers periods t + 1 … t + 6, so S = 60 + 1.645·3·√6 ≈ 72.09,
    // where the lead time alone (t + 1 … t + 2) would give 20 + 1.645·3·√2 ≈ 27.
    const S = levels({ kind: 'RS', level: 0.95, qMultiple: NaN }, 3, 4).orderUpTo;
    expect(S).toBeCloseTo(60 + z95 * 3 * Math.sqrt(6), 5);
    expect(S).toBeGreaterThan(20 + z95 * 3 * Math.sqrt(2) + 40);
  });

  it('protects lead time + one period under base-stock, reviewed every period', () => {
    const S = levels({ kind: 'base_stock', level: 0.95, qMultiple: NaN }, 3, 4).orderUpTo;
    expect(S).toBeCloseTo(30 + z95 * 3 * Math.sqrt(3), 5);
  });

  it('takes Q from the EOQ for (s, Q) and S = s + Q for (s, S)', () => {
    // EOQ = √(2·50·10 / 0.1) = 100.
    const sQ = levels({ kind: 'sQ', level: 0.95, qMultiple: 2 }, 3, 1);
    expect(sQ.orderQuantity).toBe(200);
    expect(sQ.reorderPoint).toBeCloseTo(30 + z95 * 3 * Math.sqrt(3), 5);
    expect(sQ.orderUpTo).toBeCloseTo(sQ.reorderPoint + 200, 9);
    const sS = levels({ kind: 'sS', level: 0.95, qMultiple: 1 }, 3, 4);
    expect(sS.reorderPoint).toBeCloseTo(60 + z95 * 3 * Math.sqrt(6), 5);
    expect(sS.orderUpTo - sS.reorderPoint).toBe(100);
  });

  it('gives the naive rule (L + R) × the mean of the last 4 periods, without safety stock', () => {
    const naive = levels({ kind: 'naive', level: NaN, qMultiple: NaN }, 3, 4);
    expect(naive.orderUpTo).toBe(70);
    expect(naive.reorderPoint).toBeNaN();
  });
});
