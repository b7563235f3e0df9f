import { describe, it, expect } from 'vitest';
import { aggregateMetrics, computeMetrics } from './forecast-metrics';

describe('computeMetrics', () => {
  it('scores every measure and scales MASE by the training history', () => {
    const history = [1, 2, 3, 4, 7, 6]; // lag-2 scale 2.5
    const metrics = computeMetrics([10, 0, NaN, 4], [12, 1, 50, 3], history, 2);
    expect(metrics.count).toBe(3);
    expect(metrics.mae).toBeCloseTo(4 / 3, 12);
    expect(metrics.mse).toBeCloseTo(2, 12);
    expect(metrics.rmse).toBeCloseTo(Math.sqrt(2), 12);
    expect(metrics.mase).toBeCloseTo(4 / 3 / 2.5, 12);
    expect(metrics.mape).toBeCloseTo(((0.2 + 0.25) / 2) * 100, 12);
    expect(metrics.mapeSkipped).toBe(1);
    expect(metrics.wape).toBeCloseTo((100 * 4) / 14, 12);
    expect(metrics.bias).toBeCloseTo(2 / 3, 12);
    expect(metrics.smape).toBeCloseTo((100 * (4 / 22 + 2 + 2 / 7)) / 3, 12);
  });
});

describe('aggregateMetrics', () => {
  it('averages per-series measures but pools WAPE by volume', () => {
    const small = computeMetrics([1, 1], [2, 2], [1, 2, 1, 2], 1); // WAPE 100 %
    const big = computeMetrics([100, 100], [90, 90], [100, 110, 100, 110], 1); // WAPE 10 %
    const total = aggregateMetrics([small, big]);
    expect(total.mae).toBeCloseTo((1 + 10) / 2, 12);
    expect(total.wape).toBeCloseTo((100 * 22) / 202, 12);
    expect(total.count).toBe(4);
  });

  it('leaves a series out of a mean where its measure is undefined', () => {
    const allZero = computeMetrics([0, 0], [1, 1], [0, 0, 0], 1);
    const normal = computeMetrics([10], [12], [10, 11], 1);
    const total = aggregateMetrics([allZero, normal]);
    expect(total.mape).toBeCloseTo(20, 12);
    expect(total.mapeSkipped).toBe(2);
  });
});
