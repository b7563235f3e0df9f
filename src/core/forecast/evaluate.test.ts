import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import { evaluateSeries } from './evaluate';
import type { EvaluationSettings } from './evaluate-types';
import type { FitOptions, FittedModel, Forecaster, ModelId, SeriesInput } from './types';

/** A tiny forecaster for tests: `step(y, t)` gives the forecast of period t from history y. */
function testForecaster(
  id: ModelId,
  label: string,
  step: (y: Float64Array, t: number) => number,
  fits?: number[],
): Forecaster {
  return {
    id,
    label,
    fit(series): FittedModel {
      fits?.push(series.y.length);
      const y = series.y;
      return {
        fitted: y.map((_, t) => (t === 0 ? NaN : step(y, t))),
        predict: (horizon) => Float64Array.from({ length: horizon }, (_, j) => step(y, y.length + j)),
        describe: () => ({ form: { code: 'network', model: label }, parameters: [] }),
      };
    },
  };
}

const naive = (fits?: number[]): Forecaster =>
  testForecaster('naive', 'Naive', (y) => y[y.length - 1] as number, fits);
const seasonalNaive = (fits?: number[]): Forecaster =>
  testForecaster(
    'snaive',
    'Seasonal naive',
    (y, t) => {
      let back = t - 12;
      while (back >= y.length) back -= 12;
      return (back >= 0 ? y[back] : y[0]) as number;
    },
    fits,
  );
const mean: Forecaster = testForecaster(
  'moving-average',
  'Moving average',
  (y) => y.reduce((s, v) => s + v, 0) / y.length,
);
const broken: Forecaster = {
  id: 'arima',
  label: 'ARIMA',
  fit: () => {
    throw new Error('not enough data for ARIMA');
  },
};
const nanForecaster: Forecaster = testForecaster('ets', 'ETS', () => NaN);

/** Monthly sales with a yearly pattern plus seeded noise; a month-day number per period. */
function monthlySeries(length: number, horizon: number, seed = 7): SeriesInput {
  const normal = normalSampler(mulberry32(seed));
  const y = Float64Array.from(
    { length },
    (_, t) => 50 + 20 * Math.sin((2 * Math.PI * t) / 12) + 2 * normal(),
  );
  const dates = Int32Array.from({ length: length + horizon }, (_, t) => 1000 + 30 * t);
  return { y, frequency: 'monthly', dates, covariates: [] };
}

const settings: EvaluationSettings = {
  horizon: 6,
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  level: 0.9,
  seed: 1,
};

describe('evaluateSeries', () => {
  it('scores every model and lets Auto pick the one that fits the pattern', () => {
    const result = evaluateSeries(monthlySeries(100, 6), [naive(), seasonalNaive(), mean], settings);
    expect(result.split).toMatchObject({ trainEnd: 70, validationEnd: 90 });
    expect(result.auto?.choice.model).toBe('auto(snaive)');
    expect(result.auto?.choice.reason).toMatchObject({ code: 'lowest', model: 'snaive' });
    const snaive = result.models.find((m) => m.id === 'snaive');
    expect(snaive?.validation?.mase).toBeLessThan(
      result.models.find((m) => m.id === 'naive')?.validation?.mase ?? 0,
    );
    expect(snaive?.train?.count).toBe(69); // in-sample one-step on the 70 train periods, from period 1 on
    expect(snaive?.validationForecasts.map((f) => f.origin)).toEqual([70, 75, 79, 84]);
    expect(snaive?.testForecasts.map((f) => f.origin)).toEqual([90, 91, 93, 94]);
    expect(snaive?.description?.form).toEqual({ code: 'network', model: 'Seasonal naive' });
  });

  it('never lets test values influence Auto: changing them changes test scores, not the choice', () => {
    const input = monthlySeries(100, 6);
    const before = evaluateSeries(input, [naive(), seasonalNaive(), mean], settings);
    const altered = { ...input, y: input.y.slice() };
    for (let t = 90; t < 100; t++) altered.y[t] = 500; // a test part where the mean would win
    const after = evaluateSeries(altered, [naive(), seasonalNaive(), mean], settings);
    expect(after.auto?.choice).toEqual(before.auto?.choice);
    expect(after.auto?.validation).toEqual(before.auto?.validation);
    expect(after.auto?.test?.mae).not.toBeCloseTo(before.auto?.test?.mae ?? 0, 3);
  });

  it('estimates a model that can extend once per part and only filters at the later origins', () => {
    const fits: number[] = [];
    const extensions: [number, number][] = [];
    const extending = (fitted: FittedModel, length: number): FittedModel => ({
      ...fitted,
      extend(series) {
        extensions.push([length, series.y.length]);
        return extending(seasonalNaive().fit(series, { horizon: 6, seed: 1 }), series.y.length);
      },
    });
    const model: Forecaster = {
      id: 'snaive',
      label: 'Seasonal naive',
      fit: (series, options) => extending(seasonalNaive(fits).fit(series, options), series.y.length),
    };
    const result = evaluateSeries(monthlySeries(100, 6), [model], settings);
    // 67: Auto's fifth window, half a horizon before validation (earlierSelectionOrigins)
    expect(fits).toEqual([70, 67, 90, 100]);
    // Validation origins extend the train fit; test origins extend the fit on train + validation.
    expect(extensions).toEqual([
      [70, 75],
      [70, 79],
      [70, 84],
      [90, 91],
      [90, 93],
      [90, 94],
    ]);
    expect(result.models[0]?.validationForecasts.map((f) => f.origin)).toEqual([70, 75, 79, 84]);
  });

  it("hands extend the run's options: its horizon, seed and cancel token", () => {
    const seen: FitOptions[] = [];
    const cancel = { cancelled: false };
    const extending = (fitted: FittedModel): FittedModel => ({
      ...fitted,
      extend(series, options) {
        seen.push(options);
        return extending(seasonalNaive().fit(series, options));
      },
    });
    const model: Forecaster = {
      id: 'snaive',
      label: 'Seasonal naive',
      fit: (series, options) => extending(seasonalNaive().fit(series, options)),
    };
    evaluateSeries(monthlySeries(100, 6), [model], { ...settings, seed: 42, cancel });
    expect(seen.length).toBeGreaterThan(0);
    for (const options of seen) expect(options).toEqual({ horizon: 6, seed: 42, cancel });
  });

  it('fits each model once per origin: train fit reused for the first validation origin', () => {
    const fits: number[] = [];
    evaluateSeries(monthlySeries(100, 6), [seasonalNaive(fits)], settings);
    expect(fits).toEqual([70, 75, 79, 84, 67, 90, 91, 93, 94, 100]);
  });

  it('records a failing model and carries on with the others', () => {
    const result = evaluateSeries(monthlySeries(100, 6), [broken, nanForecaster, seasonalNaive()], settings);
    expect(result.models[0]?.error).toBe('not enough data for ARIMA');
    expect(result.models[1]?.error).toMatch(/not a number/);
    expect(result.models[2]?.error).toBeUndefined();
    expect(result.auto?.choice.model).toBe('auto(snaive)');
  });

  it('replaces a chosen model that fails on the refit with the next best, keeping its validation scores', () => {
    const inner = seasonalNaive();
    const failsOnRefit: Forecaster = {
      ...inner,
      fit: (series, options) => {
        if (series.y.length === 100) throw new Error('refit failed');
        return inner.fit(series, options);
      },
    };
    const result = evaluateSeries(monthlySeries(100, 6), [naive(), failsOnRefit], settings);
    expect(result.models[1]?.error).toBe('refit failed');
    expect(result.models[1]?.validation?.mase).toBeGreaterThan(0);
    expect(result.auto?.choice.model).toBe('auto(naive)');
  });

  it('shows each fit only the history before its origin, with dates and covariates for the horizon', () => {
    const seen: string[] = [];
    const spy: Forecaster = {
      ...naive(),
      fit: (series, options) => {
        seen.push(`${series.y.length}:${series.dates.length}:${series.covariates[0]?.values.length}`);
        return naive().fit(series, options);
      },
    };
    const input = monthlySeries(100, 6);
    input.covariates.push({ name: 'promo', kind: 'binary', values: new Float64Array(106) });
    evaluateSeries(input, [spy], settings);
    expect(seen[0]).toBe('70:76:76');
    expect(seen.at(-1)).toBe('100:106:106');
  });

  it('returns null for Auto when no model can forecast the series', () => {
    expect(evaluateSeries(monthlySeries(100, 6), [broken], settings).auto).toBeNull();
  });

  it('gives a future forecast with ordered, non-negative quantiles on the continued calendar', () => {
    const result = evaluateSeries(monthlySeries(100, 6), [naive(), seasonalNaive()], settings);
    expect(Array.from(result.futureDates)).toEqual([4000, 4030, 4060, 4090, 4120, 4150]);
    const future = result.auto?.future;
    expect(future?.model).toBe('auto(snaive)');
    expect(future?.point.length).toBe(6);
    for (let step = 0; step < 6; step++) {
      const { p10, p50, p90, lower, upper } = future?.quantiles ?? ({} as never);
      expect(p10[step]).toBeGreaterThanOrEqual(0);
      expect(p10[step]).toBeLessThanOrEqual(p50[step] as number);
      expect(p50[step]).toBeLessThanOrEqual(p90[step] as number);
      expect(lower[step]).toBeLessThanOrEqual(p10[step] as number); // 90% band is wider than 80%
      expect(upper[step]).toBeGreaterThanOrEqual(p90[step] as number);
    }
    expect(future?.quantiles.level).toBe(0.9);
    expect(result.auto?.testCoverage80).toBeGreaterThanOrEqual(0);
    expect(result.auto?.testCoverage80).toBeLessThanOrEqual(1);
  });

  it('Auto blend forecasts the median of its members', () => {
    // each model misses on different periods; the per-period median of the three is the true pattern
    const input = monthlySeries(100, 6);
    const truth = (t: number): number => 50 + 20 * Math.sin((2 * Math.PI * t) / 12);
    const evenMiss = testForecaster('ets', 'ETS', (_, t) => truth(t) + (t % 2 === 0 ? 6 : 0));
    const oddMiss = testForecaster('theta', 'Theta', (_, t) => truth(t) + (t % 2 === 1 ? 6 : 0));
    const low = testForecaster('stl', 'STL', (_, t) => truth(t) - 6);
    const result = evaluateSeries(input, [evenMiss, oddMiss, low], settings);
    expect(result.auto?.choice.model).toBe('auto(blend)');
    expect(result.auto?.future?.point[0]).toBeCloseTo(truth(100), 10);
    expect(result.auto?.train).toBeUndefined();
  });

  it('with a one-window holdout, Auto also chooses on earlier windows, and never on test', () => {
    const holdout: EvaluationSettings = { ...settings, split: { kind: 'holdout', validationHorizons: 1 } };
    const input = monthlySeries(100, 6);
    const truth = (t: number): number => 50 + 20 * Math.sin((2 * Math.PI * t) / 12);
    // exact on the validation window [88, 94) only, 10 off everywhere else
    const lucky = testForecaster(
      'snaive',
      'Seasonal naive',
      (_, t) => truth(t) + (t >= 88 && t < 94 ? 0 : 10),
    );
    const steady = testForecaster('arx', 'AR-X', (_, t) => truth(t) + 2);
    const result = evaluateSeries(input, [lucky, steady], holdout);
    expect(result.split.validationOrigins).toEqual([88]);
    expect(result.models[0]?.validation?.mase).toBeLessThan(result.models[1]?.validation?.mase ?? 0);
    expect(result.auto?.choice.model).toBe('auto(arx)');
    const altered = { ...input, y: input.y.slice() };
    for (let t = 94; t < 100; t++) altered.y[t] = truth(t) + 10; // a test part where the lucky model would win
    expect(evaluateSeries(altered, [lucky, steady], holdout).auto?.choice).toEqual(result.auto?.choice);
  });

  it('a series too short to validate is still forecast, chosen on the in-sample fit, and says so', () => {
    const result = evaluateSeries(monthlySeries(16, 6), [naive(), seasonalNaive()], settings);
    expect(result.split.adapted?.changes).toContain('no-validation');
    expect(result.auto?.choice.basis).toBe('in-sample');
    expect(result.auto?.test).toBeUndefined();
    expect(result.auto?.testCoverage80).toBeNaN();
    expect(result.auto?.future?.quantiles.p90.length).toBe(6);
    expect(Number.isFinite(result.auto?.future?.quantiles.p90[5])).toBe(true);
  });

  it('stops when cancelled instead of recording failures', () => {
    const cancelled = { ...settings, cancel: { cancelled: true } };
    expect(() => evaluateSeries(monthlySeries(100, 6), [naive()], cancelled)).toThrow('Evaluation cancelled');
  });
});
