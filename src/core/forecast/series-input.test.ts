import { describe, it, expect } from 'vitest';
import { dayFromYmd } from '../dataset/calendar';
import type { Dataset } from '../dataset/types';
import { buildSeriesInput } from './series-input';

const MONDAY = 19752; // 2024-01-29

/** Two weekly series: A has 4 weeks of sales and one plan row, B has 3 weeks and no plan. */
function weeklyDataset(): Dataset {
  const week = (i: number): number => MONDAY + 7 * i;
  return {
    frequency: 'weekly',
    keyNames: ['item'],
    targetName: 'sales',
    seriesIds: ['A', 'B'],
    seriesKeys: [['A'], ['B']],
    seriesStart: Int32Array.from([0, 5, 8]),
    historyEnd: Int32Array.from([4, 8]),
    dates: Int32Array.from([week(0), week(1), week(2), week(3), week(4), week(1), week(2), week(3)]),
    target: Float64Array.from([5, 6, NaN, 8, NaN, 1, 2, 3]),
    rowState: new Uint8Array(8),
    outlier: new Uint8Array(8),
    covariates: [
      {
        name: 'promo',
        kind: 'binary',
        values: Float64Array.from([0, 1, 0, 0, 1, 0, 1, 1]),
        promotion: true,
      },
      {
        name: 'price',
        kind: 'numeric',
        values: Float64Array.from([2, 2, 2.5, NaN, 3, 9, 9, NaN]),
        price: true,
      },
    ],
  };
}

describe('buildSeriesInput', () => {
  it('takes the sales up to the last sales value and continues the weekly calendar', () => {
    const input = buildSeriesInput(weeklyDataset(), 0, 3);
    expect(Array.from(input.y)).toEqual([5, 6, NaN, 8]);
    expect(input.frequency).toBe('weekly');
    expect(Array.from(input.dates)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => MONDAY + 7 * i));
  });

  it('uses plan rows for the future covariates, then carries the last value forward and says so', () => {
    const [promo, price] = buildSeriesInput(weeklyDataset(), 0, 3).covariates;
    expect(Array.from(promo?.values ?? [])).toEqual([0, 1, 0, 0, 1, 1, 1]);
    expect(promo?.carriedForward).toBe(true);
    // last known history price is 2.5 (week 3 is empty); the plan says 3
    expect(Array.from(price?.values ?? [])).toEqual([2, 2, 2.5, NaN, 3, 3, 3]);
    expect(price?.price).toBe(true);
    expect(promo).not.toHaveProperty('price');
    expect(promo?.promotion).toBe(true);
    expect(price).not.toHaveProperty('promotion');
  });

  it('marks nothing as carried forward when the plan covers the horizon', () => {
    const [promo] = buildSeriesInput(weeklyDataset(), 0, 1).covariates;
    expect(promo?.carriedForward).toBeUndefined();
    expect(Array.from(promo?.values ?? [])).toEqual([0, 1, 0, 0, 1]);
  });

  it('passes category names through so models can name what drives sales', () => {
    const dataset = weeklyDataset();
    dataset.covariates.push({
      name: 'event',
      kind: 'categorical',
      values: Float64Array.from([NaN, 0, NaN, 1, NaN, NaN, NaN, NaN]),
      categories: ['SuperBowl', 'Easter'],
    });
    const event = buildSeriesInput(dataset, 0, 1).covariates[2];
    expect(event?.categories).toEqual(['SuperBowl', 'Easter']);
  });

  it('cuts the second series at its own rows', () => {
    const input = buildSeriesInput(weeklyDataset(), 1, 2);
    expect(Array.from(input.y)).toEqual([1, 2, 3]);
    expect(Array.from(input.dates)).toEqual([1, 2, 3, 4, 5].map((i) => MONDAY + 7 * i));
    expect(Array.from(input.covariates[1]?.values ?? [])).toEqual([9, 9, NaN, 9, 9]);
    expect(input.covariates[1]?.carriedForward).toBe(true);
  });

  it('continues monthly data on the same day of the month', () => {
    const monthly: Dataset = {
      ...weeklyDataset(),
      frequency: 'monthly',
      seriesStart: Int32Array.from([0, 2]),
      historyEnd: Int32Array.from([2]),
      dates: Int32Array.from([dayFromYmd(2024, 1, 15), dayFromYmd(2024, 2, 15)]),
      target: Float64Array.from([1, 2]),
      covariates: [],
    };
    const input = buildSeriesInput(monthly, 0, 2);
    expect(Array.from(input.dates.subarray(2))).toEqual([dayFromYmd(2024, 3, 15), dayFromYmd(2024, 4, 15)]);
  });

  it('refuses a series without any sales history', () => {
    const empty: Dataset = { ...weeklyDataset(), historyEnd: Int32Array.from([0, 8]) };
    expect(() => buildSeriesInput(empty, 0, 2)).toThrow(/no sales history/);
  });
});
