import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../metrics/normal';
import { QUANTILE_PROBS, gridFromBand, gridFromQuantiles, gridOffset, medianGrid } from './quantile-grid';

describe('quantile grid', () => {
  it('holds a normal error distribution at the grid points and interpolates between them', () => {
    const grid = gridFromQuantiles(2, (step, p) => (step + 1) * normalQuantile(p));
    expect(gridOffset(grid, 0, 0.9)).toBeCloseTo(1.2816, 4);
    expect(gridOffset(grid, 1, 0.975)).toBeCloseTo(2 * 1.959964, 4);
    // 0.85 lies between 0.8 and 0.9: linear between their offsets.
    const between = (normalQuantile(0.8) + normalQuantile(0.9)) / 2;
    expect(gridOffset(grid, 0, 0.85)).toBeCloseTo(between, 4);
    // Beyond the grid the outermost point holds; a later step than the grid has reads the last.
    expect(gridOffset(grid, 0, 0.999)).toBeCloseTo(normalQuantile(0.99), 4);
    expect(gridOffset(grid, 5, 0.5)).toBeCloseTo(0, 6);
  });

  it('is non-decreasing in p and keeps the forecast inside the 50% band even for biased errors', () => {
    // Errors of a model that always over-forecasts: every quantile of actual − forecast is below 0.
    const grid = gridFromQuantiles(1, (_, p) => -5 + normalQuantile(p));
    let previous = -Infinity;
    for (const p of QUANTILE_PROBS) {
      const offset = gridOffset(grid, 0, p);
      expect(offset).toBeGreaterThanOrEqual(previous);
      previous = offset;
    }
    expect(gridOffset(grid, 0, 0.25)).toBeLessThanOrEqual(0);
    expect(gridOffset(grid, 0, 0.75)).toBe(0);
    expect(gridOffset(grid, 0, 0.9)).toBe(0);
  });

  it('extends three known quantiles with a normal shape on each side', () => {
    // A skewed band: 2 below the median at p10, 6 above at p90.
    const grid = gridFromBand([-2], [0], [6]);
    expect(gridOffset(grid, 0, 0.1)).toBeCloseTo(-2, 5);
    expect(gridOffset(grid, 0, 0.5)).toBeCloseTo(0, 5);
    expect(gridOffset(grid, 0, 0.9)).toBeCloseTo(6, 5);
    expect(gridOffset(grid, 0, 0.99)).toBeCloseTo((6 * normalQuantile(0.99)) / normalQuantile(0.9), 4);
    expect(gridOffset(grid, 0, 0.01)).toBeCloseTo((-2 * normalQuantile(0.99)) / normalQuantile(0.9), 4);
  });

  it('takes the median of several grids point by point', () => {
    const grids = [1, 2, 4].map((width) => gridFromQuantiles(1, (_, p) => width * normalQuantile(p)));
    expect(gridOffset(medianGrid(grids), 0, 0.9)).toBeCloseTo(2 * normalQuantile(0.9), 5);
    expect(() => medianGrid([])).toThrow(RangeError);
  });
});
