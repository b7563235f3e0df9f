import { describe, expect, it } from 'vitest';
import { localForecaster } from '../forecast/local-forecasters';
import { mulberry32 } from '../metrics/seeded-random';
import { planSeries } from './plan';
import { resolveSettings } from './settings';
import { seriesDemandProvider } from './series-provider';

function input(length: number) {
  const uniform = mulberry32(8);
  // Intermittent: zero on about 60 % of the days, lumps of 1–12 otherwise.
  const y = Float64Array.from({ length }, () => (uniform() < 0.6 ? 0 : 1 + Math.floor(12 * uniform())));
  return {
    y,
    frequency: 'daily' as const,
    dates: Int32Array.from({ length: length + 7 }, (_, i) => i),
    covariates: [],
  };
}

describe('seriesDemandProvider', () => {
  const settings = resolveSettings({ leadTime: 3 });

  it('plans an intermittent series end to end with an SBA forecast and empirical quantiles', () => {
    const series = input(240);
    const provider = seriesDemandProvider(series, localForecaster('sba')!, settings, 1);
    expect(provider).not.toBeNull();
    const distribution = provider?.(240);
    expect(distribution?.fromHistory).toBe(false);
    // Empirical quantiles of an intermittent series are skewed: the 95 % level lies further above the
    // median than the 5 % level lies below it.
    const q = (p: number): number => distribution?.sumQuantile(0, 3, p) ?? NaN;
    expect(q(0.95) - q(0.5)).toBeGreaterThan(q(0.5) - q(0.05));
    const plan = planSeries(
      { id: 'x', demand: series.y, unitValue: 2, nextPeriodDate: 240, provider },
      settings,
      'daily',
      1,
    );
    expect(plan.tuning?.test.periods).toBe(60);
    expect(plan.order.orderUpTo).toBeGreaterThan(0);
  });

  it('is null for a series too short to tune', () => {
    expect(seriesDemandProvider(input(20), localForecaster('sba')!, settings, 1)).toBeNull();
  });
});
