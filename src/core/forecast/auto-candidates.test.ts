import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import {
  autoPool,
  COMBINATION_MEMBERS,
  INTERMITTENT_COMBINATION_MEMBERS,
  plannedDecision,
  POOLED_MAX_HISTORY,
} from './auto-candidates';
import type { SeriesCovariate } from './types';

const normal = normalSampler(mulberry32(3));
/** A weekly pattern (high at the weekend) with a little seeded noise. */
const weekly = Float64Array.from({ length: 120 }, (_, t) => 20 + (t % 7 >= 5 ? 15 : 0) + normal());
/** A random walk: no season, each value the last plus noise. */
const walk = new Float64Array(120);
for (let t = 1; t < walk.length; t++) walk[t] = (walk[t - 1] as number) + normal();
const positiveWalk = walk.map((value) => value + 100);
/** Sold on one day in five. */
const sparse = Float64Array.from({ length: 120 }, (_, t) => (t % 5 === 0 ? 3 + (t % 3) : 0));

describe('autoPool', () => {
  it('rules out naive and the moving average for a seasonal series, and combines the core models', () => {
    const pool = autoPool(weekly, 7);
    expect([...pool.excluded].sort()).toEqual(['moving-average', 'naive']);
    expect(pool.combination).toEqual(COMBINATION_MEMBERS);
  });

  it('keeps naive for a series that looks like a random walk', () => {
    expect(autoPool(positiveWalk, 7).excluded.size).toBe(0);
  });

  it('rules out naive for intermittent demand and starts from SBA, seasonal naive and AR-X', () => {
    const pool = autoPool(sparse, 7);
    expect(pool.excluded.has('naive')).toBe(true);
    expect([...pool.combination].sort()).toEqual(['arx', 'sba', 'snaive']);
    expect(pool.combination).toBe(INTERMITTENT_COMBINATION_MEMBERS);
  });

  it('reads a gap (a closed day) as missing, not as a break in the pattern', () => {
    const withGap = weekly.slice();
    withGap[40] = NaN;
    expect(autoPool(withGap, 7).excluded.has('naive')).toBe(true);
  });

  it('offers the pooled regression only to a series younger than two years and two periods', () => {
    expect(POOLED_MAX_HISTORY(52)).toBe(106);
    expect(POOLED_MAX_HISTORY(7)).toBe(730);
    const weeks = (length: number) =>
      Float64Array.from({ length }, (_, t) => 50 + 10 * Math.sin(t / 8) + normal());
    expect(autoPool(weeks(105), 52).excluded.has('pooled')).toBe(false);
    expect(autoPool(weeks(106), 52).excluded.has('pooled')).toBe(true);
    expect(autoPool(weekly, 7).excluded.has('pooled')).toBe(false);
  });
});

describe('plannedDecision: AR-X averaged into the combination by default', () => {
  // 120 periods of history, then 7 of plan.
  const covariate = (
    values: (t: number) => number,
    extra: Partial<SeriesCovariate> = {},
  ): SeriesCovariate => ({
    name: 'price',
    kind: 'numeric',
    values: Float64Array.from({ length: 127 }, (_, t) => values(t)),
    price: true,
    ...extra,
  });
  const discounted = (t: number) => (t % 30 < 5 ? 4.5 : 5);

  it('holds where the price column has plan rows and has changed in the history', () => {
    expect(plannedDecision([covariate(discounted)], 120)).toBe(true);
    expect(autoPool(weekly, 7, [covariate(discounted)]).anchorPlanned).toBe(true);
  });

  it('does not hold for a carried-forward price, a price that never changed, or another planned column', () => {
    expect(plannedDecision([covariate(discounted, { carriedForward: true })], 120)).toBe(false);
    // Changed only in the plan rows: AR-X has learned no price response.
    expect(plannedDecision([covariate((t) => (t < 120 ? 5 : 4))], 120)).toBe(false);
    const { price: _price, ...temperature } = covariate((t) => 10 + (t % 9));
    expect(plannedDecision([{ ...temperature, name: 'temperature' }], 120)).toBe(false);
    expect(autoPool(weekly, 7).anchorPlanned).toBe(false);
  });

  it('holds for a planned promotion column that ran in the history, with no price column at all', () => {
    const promo = (values: (t: number) => number): SeriesCovariate => ({
      name: 'promo',
      kind: 'binary',
      values: Float64Array.from({ length: 127 }, (_, t) => values(t)),
      promotion: true,
    });
    const promotion = promo((t) => (t % 30 < 5 ? 1 : 0));
    expect(plannedDecision([promotion], 120)).toBe(true);
    expect(autoPool(weekly, 7, [promotion]).anchorPlanned).toBe(true);
    // The same flag not mapped as a promotion (a holiday, an event) is calendar, not a decision.
    const { promotion: _role, ...holiday } = promotion;
    expect(plannedDecision([{ ...holiday, name: 'holiday' }], 120)).toBe(false);
    // A promotion without plan rows, or one that never ran before the plan, is no plan AR-X can read.
    expect(plannedDecision([{ ...promotion, carriedForward: true }], 120)).toBe(false);
    expect(plannedDecision([promo((t) => (t >= 122 ? 1 : 0))], 120)).toBe(false);
  });

  it('reads past empty prices (not yet listed) as no change', () => {
    expect(plannedDecision([covariate((t) => (t < 30 ? NaN : 5))], 120)).toBe(false);
  });
});
