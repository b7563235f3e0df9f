/** Small seeded synthetic series for the neural tests and the samples/s measurement. */
import { dayFromYmd } from '../../dataset/calendar';
import type { SeriesInput } from '../../forecast/types';
import { mulberry32, normalSampler } from '../../metrics/seeded-random';

export interface SyntheticOptions {
  count: number;
  length: number;
  horizon: number;
  seed: number;
  /** Adds a numeric 'promo' covariate (planned over the horizon) that lifts sales by 30%. */
  withPromo?: boolean;
  noise?: number;
}

/**
 * Daily series: a weekly pattern plus a slower 30-day wave (which seasonal naive cannot follow),
 * each series at its own level, with a little noise.
 */
export function syntheticDailySeries(options: SyntheticOptions): SeriesInput[] {
  const random = mulberry32(options.seed);
  const normal = normalSampler(random);
  const start = dayFromYmd(2024, 1, 1);
  const total = options.length + options.horizon;
  return Array.from({ length: options.count }, (_, s) => {
    const level = 10 + 10 * s;
    const phase = random() * 2 * Math.PI;
    const dates = Int32Array.from({ length: total }, (_, t) => start + t);
    const promo = Float64Array.from({ length: total }, () => (random() < 0.15 ? 1 : 0));
    const y = Float64Array.from({ length: options.length }, (_, t) => {
      const weekly = 0.4 * Math.sin((2 * Math.PI * t) / 7);
      const slow = 0.3 * Math.sin((2 * Math.PI * t) / 30 + phase);
      const lift = options.withPromo ? 1 + 0.3 * (promo[t] as number) : 1;
      return Math.max(0, level * (1 + weekly + slow) * lift + (options.noise ?? 0.3) * normal());
    });
    return {
      y,
      frequency: 'daily',
      dates,
      covariates: options.withPromo ? [{ name: 'promo', kind: 'numeric', values: promo }] : [],
    };
  });
}
