import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../dataset/derive';
import { longMapping, tableFromRows } from '../dataset/derive-test-table';
import { evaluateSeries } from './evaluate';
import { closedCount } from './closed-periods';
import { naiveForecaster } from './models/naive';
import { seasonalNaiveForecaster } from './models/seasonal-naive';
import { buildSeriesInput } from './series-input';

/** Ten weeks of daily bread sales, then a plan of four days whose second is closed. */
function planWithClosedDay() {
  const rows: string[][] = [];
  for (let day = 0; day < 70; day++) {
    const date = new Date(Date.UTC(2025, 9, 23 + day)).toISOString().slice(0, 10);
    rows.push([date, 'Bread', String(20 + (day % 7) * 3), '1']);
  }
  for (const [date, open] of [
    ['2026-01-01', '1'],
    ['2026-01-02', '0'],
    ['2026-01-03', '1'],
    ['2026-01-04', '1'],
  ] as const) {
    rows.push([date, 'Bread', '', open]);
  }
  const table = tableFromRows(['date', 'item', 'sales', 'open'], rows);
  return deriveDataset(table, longMapping({ availability: 'open' })).dataset;
}

describe('closed future periods', () => {
  const dataset = planWithClosedDay();
  const input = buildSeriesInput(dataset, 0, 7);

  it('are read from the plan rows, past the plan nothing is closed', () => {
    expect(Array.from(input.futureClosed ?? [])).toEqual([0, 1, 0, 0, 0, 0, 0]);
    expect(closedCount(input.futureClosed, 7)).toBe(1);
    expect(buildSeriesInput(dataset, 0, 1).futureClosed).toBeUndefined();
  });

  it('are forecast 0 with every quantile 0; the other periods keep their forecast', () => {
    const evaluation = evaluateSeries(input, [naiveForecaster, seasonalNaiveForecaster], {
      horizon: 7,
      split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
      level: 0.8,
      seed: 1,
    });
    for (const source of [...evaluation.models, evaluation.auto]) {
      const future = source?.future;
      expect(future).toBeDefined();
      expect(future?.point[1]).toBe(0);
      for (const band of ['p10', 'p50', 'p90', 'lower', 'upper'] as const)
        expect(future?.quantiles[band][1]).toBe(0);
      expect(future?.point[0]).toBeGreaterThan(0);
      expect(future?.quantiles.p90[2]).toBeGreaterThan(0);
    }
  });
});
