/**
 * Test fixture: independent normal demand per period, the textbook case whose quantiles are known in
 * closed form (sum over n periods ~ N(n·μ, n·σ²)).
 */
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { normalQuantile } from '../metrics/normal';
import type { DemandDistribution } from './types';

export function normalDemand(mean: number, sd: number, horizon: number): DemandDistribution {
  return {
    point: new Float64Array(horizon).fill(mean),
    sumQuantile: (from, to, p) => (to - from) * mean + normalQuantile(p) * sd * Math.sqrt(to - from),
    samplePaths(count, seed) {
      const normal = normalSampler(mulberry32(seed));
      return Float64Array.from({ length: count * horizon }, () => Math.max(0, mean + sd * normal()));
    },
  };
}
