import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../dataset/calendar';
import type { SeriesInput } from '../forecast/types';
import { mulberry32 } from '../metrics/seeded-random';
import { buildInputLayout, seasonalLagFor } from './input-layout';
import { seasonalLagIndex } from './seasonal-lag';
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
    // Daily season 7 > lookback 4: each horizon step also reads last week's sales and flag.
    expect(layout.seasonalLag).toBe(7);
    expect(layout.futureStepColumns).toBe(3 + 4 + 2);
  });

  it('adds the last season only when the season is longer than the lookback, and says so in the layout', () => {
    expect(seasonalLagFor('weekly', 26)).toBe(52);
    expect(seasonalLagFor('weekly', 52)).toBeNull();
    expect(seasonalLagFor('daily', 28)).toBeNull();
    expect(seasonalLagFor('monthly', 24)).toBeNull();
    expect(seasonalLagFor('monthly', 6)).toBe(12);
    expect(seasonalLagFor('quarterly', 12)).toBeNull();
    // Without the group the layout is exactly what models saved before it hold: no key at all.
    const long = buildInputLayout([tinySeries()], parts, HORIZON, 7, false);
    expect('seasonalLag' in long).toBe(false);
    expect(long.futureStepColumns).toBe(3 + 4);
  });

  it('reads the last season before the origin, however long the horizon', () => {
    for (const season of [4, 7, 52]) {
      for (let h = 0; h < 3 * season; h++) {
        const t = seasonalLagIndex(100, h, season);
        expect(t).toBeLessThan(100);
        expect(t).toBeGreaterThanOrEqual(100 - season);
        expect((100 + h - t) % season).toBe(0);
      }
    }
  });
});

describe('windows', () => {
  it('trains on windows whose whole horizon ends by trainEnd and validates on every horizon reaching validation', () => {
    const series = [tinySeries()];
    const set = buildWindowSet(series, parts, layoutOf(series));
    expect(trainingWindowCount(set)).toBe(5); // origins 1..5
    // Horizon 3 from origins 6..9 reaches periods 8..11; each is scored only from period 8 on.
    expect([...set.validation.origins]).toEqual([6, 7, 8, 9]);
    expect([...(set.validation.scoredFrom ?? [])]).toEqual([8, 8, 8, 8]);
    const batch = fillWindowBatch(series, set.layout, set.validation);
    expect([...batch.mask]).toEqual([0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Origin 6 scores period 8 alone, two steps ahead, against its own scale.
    expect(batch.target[2]).toBe(
      Math.fround((10 - (batch.center[0] as number)) / (batch.scale[0] as number)),
    );
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
      ...batch.future.subarray((window * HORIZON + h) * 9, (window * HORIZON + h + 1) * 9),
    ];
    // Then last week's sales in the window's scale: period 9 − 7 = 2 (sales 4).
    expect(future(0, 0)).toEqual([9 - 3, 0, 1, ...calendar(9), (4 - 9) / 1, 1].map(f));
    expect(future(0, 2).slice(7)).toEqual([(8 - 9) / 1, 1]); // period 4
    expect([...batch.target.subarray(0, 3)]).toEqual([12 - 9, 11 - 9, 13 - 9]);
    expect([...batch.mask.subarray(0, 3)]).toEqual([1, 1, 1]);
    // Origin 12, after the history: the horizon carries the planned prices 7, 7, 5, and no targets.
    // Its lookback 10, 12, 11, 13 scales by median 11.5 and MAD 1; period 6 has no sales (flag 0).
    expect([batch.center[1], batch.scale[1]]).toEqual([11.5, 1]);
    expect(future(1, 0)).toEqual([7 - 3, 1, 0, ...calendar(12), 7 - 11.5, 1].map(f));
    expect(future(1, 1).slice(7)).toEqual([0, 0]);
    expect(future(1, 2)).toEqual([5 - 3, 1, 0, ...calendar(14), 9 - 11.5, 1].map(f));
    expect([...batch.mask.subarray(3, 6)]).toEqual([0, 0, 0]);
  });

  it('scales a window whose lookback sold nothing by the series’ own sales before it, so units do not matter', () => {
    // Sales, a dormant stretch longer than the lookback, then a restart inside the horizon.
    const dormant = (unit: number): SeriesInput => ({
      ...tinySeries(),
      y: Float64Array.from([3, 5, 4, 6, 0, 0, 0, 0, 0, 9, 10, 12].map((v) => v * unit)),
    });
    const [inUnits, inMilliunits] = [dormant(1), dormant(1000)];
    const windows = { series: Int32Array.of(0), origins: Int32Array.of(9) };
    const layout = layoutOf([inUnits]);
    const a = fillWindowBatch([inUnits], layout, windows);
    const b = fillWindowBatch([inMilliunits], layout, windows);
    // Lookback 5..8 holds only zeros: the scale is the mean absolute sales of periods 0..4, 3.6.
    expect([a.center[0], a.scale[0]]).toEqual([0, 3.6]);
    expect(b.scale[0]).toBeCloseTo(3600, 9);
    expect([...b.target]).toEqual([...a.target]);
    expect([...b.sequence]).toEqual([...a.sequence]);
  });

  it('reads the mapped price also against the window’s usual price, so one network learns price cuts of every product', () => {
    const base = tinySeries();
    const priced = (factor: number): SeriesInput => ({
      ...base,
      covariates: base.covariates.map((c) =>
        c.name === 'price' ? { ...c, price: true, values: c.values.map((v) => v * factor) } : c,
      ),
    });
    const layout = layoutOf([priced(1)]);
    expect(layout.covariates[0]).toMatchObject({ name: 'price', columns: 2, relative: 'lookback' });
    expect(layout.stepColumns).toBe(2 + 4 + 4);
    const windows = { series: Int32Array.of(0), origins: Int32Array.of(9) };
    const relative = (series: SeriesInput) => {
      const batch = fillWindowBatch([series], layoutOf([series]), windows);
      const past = Array.from({ length: LOOKBACK }, (_, j) => batch.sequence[j * 10 + 3] as number);
      const future = Array.from({ length: HORIZON }, (_, h) => batch.future[h * 10 + 1] as number);
      return { past, future };
    };
    // Lookback 5..8 priced 2, 4, 4, 9: usual price 4. The horizon's 9, 9, 9 is log(9 / 4) above it.
    const f = Math.fround;
    expect(relative(priced(1))).toEqual({
      past: [Math.log(2 / 4), 0, 0, Math.log(9 / 4)].map(f),
      future: [Math.log(9 / 4), Math.log(9 / 4), Math.log(9 / 4)].map(f),
    });
    // A product priced ten times higher reads the same relative prices.
    const tenfold = relative(priced(10));
    expect(tenfold.future).toEqual(relative(priced(1)).future);
    expect(tenfold.past.map((v) => v.toFixed(6))).toEqual(relative(priced(1)).past.map((v) => v.toFixed(6)));
  });

  it('clips a relative price that is more likely a typing error, and reads none where the lookback had no price', () => {
    const base = tinySeries();
    const withPrices = (values: number[]): SeriesInput => ({
      ...base,
      covariates: [{ name: 'price', kind: 'numeric', price: true, values: Float64Array.from(values) }],
    });
    const windows = { series: Int32Array.of(0), origins: Int32Array.of(9) };
    const horizonRelative = (series: SeriesInput) => {
      const layout = layoutOf([series]);
      const batch = fillWindowBatch([series], layout, windows);
      return Array.from({ length: HORIZON }, (_, h) => batch.future[h * layout.futureStepColumns + 1]);
    };
    // Usual price 4 over the lookback; the plan says 400 (a slipped decimal), 4 and 0.04.
    const typo = withPrices([2, 2, 4, 4, 2, 2, 4, 4, 4, 400, 4, 0.04, 4, 4, 4]);
    expect(horizonRelative(typo)).toEqual([2, 0, -2]);
    // An item not yet listed over the lookback (no price): nothing to read a price against.
    const unlisted = withPrices([NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 5, 5, 5, 5, 5, 5]);
    expect(horizonRelative(unlisted)).toEqual([0, 0, 0]);
  });

  it('gives an unplanned covariate its typical value before the origin over the horizon, at every origin', () => {
    const planned = tinySeries();
    const unplanned: SeriesInput = {
      ...planned,
      covariates: planned.covariates.map((c) => (c.name === 'price' ? { ...c, carriedForward: true } : c)),
    };
    const layout = layoutOf([planned]);
    const windows = { series: Int32Array.of(0, 0), origins: Int32Array.of(9, 12) };
    const withPlan = fillWindowBatch([planned], layout, windows);
    const withoutPlan = fillWindowBatch([unplanned], layout, windows);
    const price = (batch: typeof withPlan, window: number) =>
      Array.from({ length: HORIZON }, (_, h) => batch.future[(window * HORIZON + h) * 9]);
    // Planned: what followed (9, 9, 9; then the plan 7, 7, 5), standardised as price − 3.
    expect(price(withPlan, 0)).toEqual([6, 6, 6]);
    expect(price(withPlan, 1)).toEqual([4, 4, 2]);
    // Unplanned: the median price before each origin (4 before period 9 and before period 12).
    expect(price(withoutPlan, 0)).toEqual([1, 1, 1]);
    expect(price(withoutPlan, 1)).toEqual([1, 1, 1]);
    // The lookback keeps the prices that were paid, and the planned category is untouched.
    expect(withoutPlan.sequence).toEqual(withPlan.sequence);
    const rest = (batch: typeof withPlan) => batch.future.filter((_, k) => k % 9 !== 0);
    expect(rest(withoutPlan)).toEqual(rest(withPlan));
  });

  /** The shelf's one-hot columns at each horizon step of the window from origin 9, the shelf unplanned. */
  const unplannedShelfColumns = (shelf: Float64Array): number[][] => {
    const planned = tinySeries();
    const withShelf = (carriedForward: boolean): SeriesInput => ({
      ...planned,
      covariates: planned.covariates.map((c) =>
        c.name === 'shelf' ? { ...c, values: shelf, categories: ['a', 'b', 'c'], carriedForward } : c,
      ),
    });
    const layout = layoutOf([withShelf(false)]);
    const columns = layout.futureStepColumns;
    const batch = fillWindowBatch([withShelf(true)], layout, {
      series: Int32Array.of(0),
      origins: Int32Array.of(9),
    });
    return Array.from({ length: HORIZON }, (_, h) =>
      Array.from(batch.future.subarray(h * columns + 1, h * columns + 4)),
    );
  };

  it('gives an unplanned category its most frequent code before the origin, not a median of codes', () => {
    // Shelf c (code 2) on 4 of the 9 periods before origin 9, a on 3, b on 2: the median code is b.
    const shelf = Float64Array.from([2, 2, 2, 2, 0, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0]);
    for (const step of unplannedShelfColumns(shelf)) expect(step).toEqual([0, 0, 1]);
  });

  it('gives an unplanned category that is mostly blank no category over the horizon, not its real future', () => {
    // Shelf b (code 1) on 2 of the 9 periods before origin 9, blank on the rest; the real future has a and c.
    const shelf = Float64Array.from([NaN, NaN, 1, NaN, NaN, NaN, 1, NaN, NaN, 0, 2, 0, 2, 0, 2]);
    for (const step of unplannedShelfColumns(shelf)) expect(step).toEqual([0, 0, 0]);
  });

  it('gives each horizon step of a weekly window last year’s sales, scaled like its lookback, with flags', () => {
    // 60 weeks; no sales in week 4. Lookback 3 < season 52.
    const weekly: SeriesInput = {
      y: Float64Array.from({ length: 60 }, (_, t) => (t === 4 ? NaN : 100 + 10 * (t % 9))),
      frequency: 'weekly',
      dates: Int32Array.from({ length: 63 }, (_, t) => START + 7 * t),
      covariates: [],
    };
    const layout = buildInputLayout([weekly], [{ trainEnd: 50, validationEnd: 60 }], 3, 3, false);
    expect(layout.seasonalLag).toBe(52);
    expect(layout.futureStepColumns).toBe(2 + 2);
    const batch = fillWindowBatch([weekly], layout, {
      series: Int32Array.of(0, 0, 0),
      origins: Int32Array.of(55, 60, 20),
    });
    const lag = (window: number, h: number) => [
      ...batch.future.subarray((window * 3 + h) * 4 + 2, (window * 3 + h + 1) * 4),
    ];
    const scaled = (window: number, t: number) => {
      const { y } = weekly;
      const origin = [55, 60][window] as number;
      const { center, scale } = robustWindowScale(y.subarray(origin - 3, origin));
      expect([batch.center[window], batch.scale[window]]).toEqual([center, scale]);
      return [Math.fround(((y[t] as number) - center) / scale), 1];
    };
    // Origin 55 forecasts weeks 55..57: last year's are weeks 3, 4 (missing) and 5.
    expect(lag(0, 0)).toEqual(scaled(0, 3));
    expect(lag(0, 1)).toEqual([0, 0]);
    expect(lag(0, 2)).toEqual(scaled(0, 5));
    // After the history (origin 60): weeks 8, 9, 10.
    expect([lag(1, 0), lag(1, 1), lag(1, 2)]).toEqual([scaled(1, 8), scaled(1, 9), scaled(1, 10)]);
    // A year before week 20 is before the series: not observed.
    expect([lag(2, 0), lag(2, 1), lag(2, 2)]).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
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
    expect([...buildWindowSet(original, early, layout).validation.origins]).toEqual([4, 5, 6, 7]);
    expect(validation[1]).toEqual(validation[0]);
  });

  it('reads no sales at or after the origin at any origin, the last season included', () => {
    const series = [tinySeries()];
    // Horizon 3 (the split's) and 9, longer than the season of 7: steps 7 and 8 reach two seasons back.
    for (const horizon of [HORIZON, 9]) {
      const layout = buildInputLayout(series, parts, horizon, LOOKBACK, false);
      expect(layout.seasonalLag).toBe(7);
      // Every origin of the history and the forecast after it.
      for (let origin = 1; origin <= 12; origin++) {
        const windows = { series: Int32Array.of(0), origins: Int32Array.of(origin) };
        const changed = [tinySeries()];
        for (let t = origin; t < 12; t++) changed[0]!.y[t] = 900 + t;
        const [before, after] = [series, changed].map((s) => fillWindowBatch(s, layout, windows));
        expect(after!.sequence).toEqual(before!.sequence);
        expect(after!.future).toEqual(before!.future);
        expect([after!.center, after!.scale]).toEqual([before!.center, before!.scale]);
      }
    }
  });
});
