import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../dataset/calendar';
import type { SeriesInput } from '../forecast/types';
import { mulberry32 } from '../metrics/seeded-random';
import { buildInputLayout } from './input-layout';
import { fillWindowBatch } from './window-batch';
import { robustWindowScale } from './window-scale';
import { buildWindowSet, sampleTrainingWindows, trainingWindowCount } from './windows';

const HORIZON = 3;
const LOOKBACK = 4;
const START = dayFromYmd(2024, 1, 1);
const parts = [{ trainEnd: 8, validationEnd: 12 }];

/** 12 periods of history, 3 planned; a categorical 'shelf' covariate with 2 codes. */
function tinySeries(): SeriesInput {
  return {
    y: Float64Array.from([3, 5, 4, 6, 8, 7, NaN, 9, 10, 12, 11, 13]),
    frequency: 'daily',
    dates: Int32Array.from({ length: 15 }, (_, t) => START + t),
    covariates: [
      {
        name: 'price',
        kind: 'numeric',
        values: Float64Array.from([2, 2, 4, 4, 2, 2, 4, 4, 9, 9, 9, 9, 7, 7, 5]),
      },
      {
        name: 'shelf',
        kind: 'categorical',
        values: Float64Array.from({ length: 15 }, (_, t) => t % 2),
        categories: ['a', 'b'],
      },
    ],
  };
}

function layoutOf(series: SeriesInput[]) {
  return buildInputLayout(series, parts, HORIZON, LOOKBACK, false);
}

const calendar = (t: number): number[] => {
  const day = START + t;
  const year = (2 * Math.PI * t) / 366; // 2024 is a leap year starting on day t = 0
  const week = (2 * Math.PI * ((((day % 7) + 7) % 7) / 7)) as number;
  return [Math.sin(year), Math.cos(year), Math.sin(week), Math.cos(week)].map(Math.fround);
};

describe('input layout', () => {
  it('standardises numeric covariates with train-part moments only and one-hot encodes categories', () => {
    const layout = layoutOf([tinySeries()]);
    // price over [0, 8): mean 3, population sd 1
    expect(layout.covariates[0]).toMatchObject({ name: 'price', columns: 1, mean: 3, sd: 1 });
    expect(layout.covariates[1]).toMatchObject({ name: 'shelf', columns: 2 });
    expect(layout.stepColumns).toBe(2 + 3 + 4);
    expect(layout.futureStepColumns).toBe(3 + 4);
  });
});

describe('windows', () => {
  it('trains on windows whose whole horizon ends by trainEnd and validates on those inside validation', () => {
    const series = [tinySeries()];
    const set = buildWindowSet(series, parts, layoutOf(series));
    expect(trainingWindowCount(set)).toBe(5); // origins 1..5
    expect([...set.validation.origins]).toEqual([8, 9]);
    const sampled = sampleTrainingWindows(set, 500, mulberry32(1));
    for (const origin of sampled.origins) {
      expect(origin).toBeGreaterThanOrEqual(1);
      expect(origin + HORIZON).toBeLessThanOrEqual(parts[0]!.trainEnd);
    }
    expect(new Set(sampled.origins).size).toBe(5);
  });

  it('fills a window exactly: scaled lookback, observed flags, covariates, plans over the horizon, calendar', () => {
    const series = [tinySeries()];
    const layout = layoutOf(series);
    const batch = fillWindowBatch(series, layout, {
      series: Int32Array.of(0, 0),
      origins: Int32Array.of(9, 12),
    });
    const { center, scale } = robustWindowScale([7, NaN, 9, 10]);
    expect([batch.center[0], batch.scale[0]]).toEqual([center, scale]);
    const step = (window: number, j: number) => [
      ...batch.sequence.subarray((j * 2 + window) * 9, (j * 2 + window + 1) * 9),
    ];
    const f = Math.fround;
    expect([center, scale]).toEqual([9, 1]);
    // Origin 9: lookback periods 5..8 (sales 7, NaN, 9, 10; price standardised as price − 3).
    expect(step(0, 0)).toEqual([(7 - 9) / 1, 1, 2 - 3, 0, 1, ...calendar(5)].map(f));
    expect(step(0, 1)).toEqual([0, 0, 4 - 3, 1, 0, ...calendar(6)].map(f));
    expect(step(0, 3)).toEqual([(10 - 9) / 1, 1, 9 - 3, 1, 0, ...calendar(8)].map(f));
    const future = (window: number, h: number) => [
      ...batch.future.subarray((window * HORIZON + h) * 7, (window * HORIZON + h + 1) * 7),
    ];
    expect(future(0, 0)).toEqual([9 - 3, 0, 1, ...calendar(9)].map(f));
    expect([...batch.target.subarray(0, 3)]).toEqual([12 - 9, 11 - 9, 13 - 9]);
    expect([...batch.mask.subarray(0, 3)]).toEqual([1, 1, 1]);
    // Origin 12, after the history: the horizon carries the planned prices 7, 7, 5, and no targets.
    expect(future(1, 0)).toEqual([7 - 3, 1, 0, ...calendar(12)].map(f));
    expect(future(1, 2)).toEqual([5 - 3, 1, 0, ...calendar(14)].map(f));
    expect([...batch.mask.subarray(3, 6)]).toEqual([0, 0, 0]);
  });

  it('pads a lookback that starts before the series as missing', () => {
    const series = [tinySeries()];
    const batch = fillWindowBatch(series, layoutOf(series), {
      series: Int32Array.of(0),
      origins: Int32Array.of(1),
    });
    expect(batch.sequence[0 * 9 + 1]).toBe(0); // period −3: not observed
    expect(batch.sequence[3 * 9 + 1]).toBe(1); // period 0
    expect([batch.center[0], batch.scale[0]]).toEqual([3, 3]); // only y[0] = 3: MAD 0, so mean |y|
  });

  it('reads nothing from the validation part for training or past validationEnd for validation', () => {
    const original = [tinySeries()];
    const shiftedTrain = [tinySeries()];
    for (let t = parts[0]!.trainEnd; t < 12; t++) shiftedTrain[0]!.y[t] = 500 + t;
    for (let t = parts[0]!.trainEnd; t < 15; t++) shiftedTrain[0]!.covariates[0]!.values[t] = 50 + t;

    const layout = layoutOf(original);
    expect(layoutOf(shiftedTrain)).toEqual(layout);
    const sets = [original, shiftedTrain].map((s) => buildWindowSet(s, parts, layout));
    const trainBatches = sets.map((set, i) =>
      fillWindowBatch([original, shiftedTrain][i]!, layout, sampleTrainingWindows(set, 64, mulberry32(7))),
    );
    expect(trainBatches[1]).toEqual(trainBatches[0]);

    // A split whose validation part ends before the history does: nothing after it may be read.
    const early = [{ trainEnd: 6, validationEnd: 10 }];
    const changed = [tinySeries()];
    for (let t = 10; t < 12; t++) changed[0]!.y[t] = 1000 + t;
    for (let t = 10; t < 15; t++) changed[0]!.covariates[0]!.values[t] = 100 + t;
    const validation = [original, changed].map((s) =>
      fillWindowBatch(s, layout, buildWindowSet(s, early, layout).validation),
    );
    expect([...buildWindowSet(original, early, layout).validation.origins]).toEqual([6, 7]);
    expect(validation[1]).toEqual(validation[0]);
  });
});
