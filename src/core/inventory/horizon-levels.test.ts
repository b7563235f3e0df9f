import { describe, expect, it } from 'vitest';
import { horizonAveraged } from './horizon-levels';
import type { DemandDistribution } from './types';

/** Deterministic demand per period (every quantile is the point): a closed first day, then 10 a day. */
const closedFirstDay: DemandDistribution = {
  point: Float64Array.from([0, 10, 10, 10, 10]),
  sumQuantile(from, to) {
    let sum = 0;
    for (let t = from; t < to; t++) sum += this.point[t] as number;
    return sum;
  },
  samplePaths: (count) => new Float64Array(count * 5),
};

describe('levels held over the whole horizon', () => {
  it('are not set by a closed first day: a window sum is averaged over every start', () => {
    const averaged = horizonAveraged(closedFirstDay);
    expect(closedFirstDay.sumQuantile(0, 1, 0.9)).toBe(0);
    // Starts 0–4 of a one-period window: (0 + 10 + 10 + 10 + 10) / 5.
    expect(averaged.sumQuantile(0, 1, 0.9)).toBe(8);
    // Starts 0–3 of a two-period window: (10 + 20 + 20 + 20) / 4.
    expect(averaged.sumQuantile(0, 2, 0.9)).toBe(17.5);
    expect(Array.from(averaged.point)).toEqual([8, 8, 8, 8, 8]);
  });

  it('fall back to the window itself when it spans the whole horizon', () => {
    expect(horizonAveraged(closedFirstDay).sumQuantile(0, 5, 0.5)).toBe(40);
  });
});
