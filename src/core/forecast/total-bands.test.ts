import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../metrics/normal';
import { mulberry32 } from '../metrics/seeded-random';
import type { ForecastDistribution } from './distribution';
import { BAND_PROBABILITIES, totalDistributionInSlices } from './total-bands';
import { EXACT_WINDOW_SERIES, totalDistribution } from './total-distribution';

const HORIZON = 6;

/**
 * A series normal around its point per period, skewed a little, whose window sums are not the sum
 * of the periods' quantiles (so the largest series' exact window quantiles differ from the rest).
 */
function series(point: number[], sigma: number): ForecastDistribution {
  const quantile = (step: number, p: number) =>
    point[step] === 0 ? 0 : Math.max(0, (point[step] as number) + sigma * normalQuantile(p) * (1 + p / 3));
  return {
    horizon: point.length,
    point: Float64Array.from(point),
    pooled: true,
    quantile,
    quantiles: (p) => Float64Array.from(point, (_, step) => quantile(step, p)),
    sumQuantile: (from, to, p) => {
      let sum = 0;
      for (let step = from; step < to; step++) sum += quantile(step, p);
      return 0.7 * sum + 0.3 * (point.slice(from, to).reduce((a, b) => a + b, 0) as number);
    },
    samplePaths: () => new Float64Array(),
  };
}

/** Drains the slices at once, counting them. */
function drain<T>(steps: Generator<void, T, void>): { value: T; slices: number } {
  let slices = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, slices };
    slices++;
  }
}

describe('totalDistributionInSlices', () => {
  const random = mulberry32(4);
  // More series than are read exactly, of very different sizes, a few with closed periods.
  const members = Array.from({ length: EXACT_WINDOW_SERIES + 234 }, (_, i) =>
    series(
      Array.from({ length: HORIZON }, (_, step) =>
        i % 17 === 0 && step === 2 ? 0 : 1 + 1000 * random() ** 3,
      ),
      1 + 40 * random(),
    ),
  );
  // One of another horizon: left out by both.
  members.push(series([5, 5], 1));
  const total = { factor: 0.37 } as Parameters<typeof totalDistribution>[1];

  it("answers every band end with the lazy total's very numbers, in slices", () => {
    const lazy = totalDistribution(members, total, HORIZON);
    const { value: sliced, slices } = drain(totalDistributionInSlices(members, total, HORIZON, 100));
    expect(slices).toBeGreaterThanOrEqual(Math.floor(members.length / 100));
    expect(Array.from(sliced.point)).toEqual(Array.from(lazy.point));
    for (const p of BAND_PROBABILITIES) {
      expect(Array.from(sliced.quantiles(p)), `quantiles ${p}`).toEqual(Array.from(lazy.quantiles(p)));
      expect(sliced.sumQuantile(0, HORIZON, p), `sum ${p}`).toBe(lazy.sumQuantile(0, HORIZON, p));
      expect(sliced.quantile(3, p)).toBe(lazy.quantile(3, p));
    }
    // Any other probability or window is the lazy total's.
    expect(Array.from(sliced.quantiles(0.3))).toEqual(Array.from(lazy.quantiles(0.3)));
    expect(sliced.sumQuantile(1, 4, 0.9)).toBe(lazy.sumQuantile(1, 4, 0.9));
  });

  it('sums the series quantiles as the lazy total does when the run measured no factor', () => {
    const lazy = totalDistribution(members, null, HORIZON);
    const { value: sliced } = drain(totalDistributionInSlices(members, null, HORIZON, 7));
    for (const p of BAND_PROBABILITIES) {
      expect(Array.from(sliced.quantiles(p))).toEqual(Array.from(lazy.quantiles(p)));
      expect(sliced.sumQuantile(0, HORIZON, p)).toBe(lazy.sumQuantile(0, HORIZON, p));
    }
  });
});
