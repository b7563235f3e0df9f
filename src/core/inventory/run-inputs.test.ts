import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/types';
import type { StoredForecast } from '../forecast/distribution';
import { mulberry32 } from '../metrics/seeded-random';
import { backtestForecaster } from './backtest-forecaster';
import { pendingInputs, runProvider, unitValueOf, type InventoryRunData } from './run-inputs';
import { resolveSettings } from './settings';

const MONDAY = 19752; // 2024-01-29

/** Series A: 120 days of sales, a price that is empty on its last day, one plan row. B: 5 days, no price. */
function dailyDataset(): Dataset {
  const uniform = mulberry32(3);
  const a = Array.from({ length: 120 }, () => Math.round(10 * uniform()));
  const target = [...a, NaN, 4, 5, 6, 7, 8];
  const price = [...a.map((_, t) => (t === 119 ? NaN : t < 100 ? 2 : 2.5)), 3, NaN, NaN, NaN, NaN, NaN];
  const dates = [
    ...a.map((_, t) => MONDAY + t),
    MONDAY + 120,
    ...[0, 1, 2, 3, 4].map((t) => MONDAY + 50 + t),
  ];
  return {
    frequency: 'daily',
    keyNames: ['item'],
    targetName: 'sales',
    seriesIds: ['A', 'B'],
    seriesKeys: [['A'], ['B']],
    seriesStart: Int32Array.from([0, 121]),
    historyEnd: Int32Array.from([120, 126]),
    dates: Int32Array.from(dates),
    target: Float64Array.from(target),
    rowState: new Uint8Array(target.length),
    outlier: new Uint8Array(target.length),
    covariates: [{ name: 'price', kind: 'numeric', values: Float64Array.from(price) }],
  };
}

function stored(point: number[]): StoredForecast {
  const values = Float64Array.from(point);
  return {
    model: 'ets',
    point: values,
    scale: 1,
    members: ['ets'],
    own: { p10: values.map((v) => v - 3), p50: values, p90: values.map((v) => v + 3) },
  };
}

function runData(overrides: Partial<InventoryRunData> = {}): InventoryRunData {
  return {
    dataset: dailyDataset(),
    forecasts: [stored([50, 50, 50, 50]), null],
    demandKinds: ['smooth', null],
    calibration: null,
    priceColumn: 'price',
    ...overrides,
  };
}

describe('inventory run inputs', () => {
  it('values a unit at the last price up to the last sales date, else 1', () => {
    const dataset = dailyDataset();
    // The plan row's price (3) is after the last sales date; day 119 has none: day 118's 2.5 counts.
    expect(unitValueOf(dataset, 0, 'price')).toBe(2.5);
    expect(unitValueOf(dataset, 1, 'price')).toBe(1);
    expect(unitValueOf(dataset, 0, null)).toBe(1);
  });

  it('reads stock on hand and on order, lead time and unit cost from the mapped stock columns', () => {
    const dataset = dailyDataset();
    const rows = dataset.target.length;
    const column = (a: number, b: number): Float64Array => {
      const values = new Float64Array(rows).fill(NaN);
      values[110] = a; // series A, before its last sales date
      values[119] = a + 1; // A's last sales date: this one counts
      values[125] = b; // B's last row
      return values;
    };
    dataset.stock = { onHand: column(20, 7), leadTime: column(2, NaN), unitCost: column(4, NaN) };
    const [a, b] = pendingInputs(runData({ dataset }));
    expect(a).toMatchObject({ onHand: 21, onOrder: 0, unitValue: 5, overrides: { leadTime: 3 } });
    expect(b).toMatchObject({ onHand: 7, onOrder: 0, unitValue: 1 });
    expect(b?.overrides).toBeUndefined();
  });

  it("lets a series' typed settings win over its file's lead time, and leaves the others alone", () => {
    const dataset = dailyDataset();
    dataset.stock = { leadTime: new Float64Array(dataset.target.length).fill(2) };
    const [idA] = dataset.seriesIds as [string];
    const overrides = { [idA]: { leadTime: 6, reviewPeriod: 7 } };
    const [a, b] = pendingInputs(runData({ dataset, overrides }));
    expect(a?.overrides).toEqual({ leadTime: 6, reviewPeriod: 7 });
    expect(b?.overrides).toEqual({ leadTime: 2 });
  });

  it('cuts the demand at the last sales date and orders on the day after it', () => {
    const [a, b] = pendingInputs(runData());
    expect(a?.demand.length).toBe(120);
    expect(a?.nextPeriodDate).toBe(MONDAY + 120);
    expect(Array.from(b?.demand ?? [])).toEqual([4, 5, 6, 7, 8]);
    expect(b?.nextPeriodDate).toBe(MONDAY + 55);
  });

  it("orders from the run's stored forecast, and backtests with forecasts made before each review", () => {
    const settings = resolveSettings({});
    const provider = runProvider(runData(), 0, settings, 1);
    expect(provider).not.toBeNull();
    // The stored forecast says 50 a day, far above anything the history shows.
    expect(provider?.(120).point[0]).toBe(50);
    expect(provider?.(100).point[0]).toBeLessThan(20);
    expect(runProvider(runData(), 1, settings, 1)).toBeNull();
  });

  it('keeps the backtest forecast for the order when the stored one is shorter than the protection interval', () => {
    const provider = runProvider(runData(), 0, resolveSettings({ leadTime: 6 }), 1);
    expect(provider?.(120).point[0]).toBeLessThan(20);
  });

  it("re-forecasts with the run's chosen model unless it is too slow to re-run, then by demand class", () => {
    expect(backtestForecaster(['theta', 'ets'], 'smooth').id).toBe('theta');
    expect(backtestForecaster(['arima'], 'smooth').id).toBe('ets');
    expect(backtestForecaster(['lstm'], 'lumpy').id).toBe('sba');
    expect(backtestForecaster([], 'intermittent').id).toBe('sba');
  });
});
