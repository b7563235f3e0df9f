import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../dataset/calendar';
import { addPeriods } from '../../dataset/frequency';
import { mulberry32, normalSampler } from '../../metrics/seeded-random';
import { inputAtOrigin } from '../evaluate-runner';
import type { SeriesInput } from '../types';
import {
  addSeries,
  createPooledPartial,
  fitPooledOnSeries,
  mergePooledPartials,
  pooledSetupForSeries,
  solvePooled,
} from './pooled-fit';
import { pooledForecaster } from './pooled-forecaster';

const SEASON = [0.7, 0.75, 0.9, 1, 1.1, 1.25, 1.4, 1.3, 1.1, 0.95, 0.8, 0.75];
const START = dayFromYmd(2015, 1, 1);

/** Monthly sales of one series from month `from` (of the common calendar) to `to`, with a shared season. */
function monthly(level: number, from: number, to: number, horizon: number, seed: number): SeriesInput {
  const normal = normalSampler(mulberry32(seed));
  const y = Float64Array.from({ length: to - from }, (_, i) =>
    Math.max(0, level * (SEASON[(from + i) % 12] as number) * (1 + 0.05 * normal())),
  );
  const dates = Int32Array.from({ length: to - from + horizon }, (_, i) =>
    addPeriods(START, 'monthly', from + i),
  );
  return { y, frequency: 'monthly', dates, covariates: [] };
}

const options = { horizon: 6, seed: 1 };

describe('the pooled regression', () => {
  const catalogue = Array.from({ length: 12 }, (_, s) => monthly(20 + 15 * s, 0, 72, 6, s + 1));

  it('teaches a series too young for a seasonal lag the season every other series shows', () => {
    // Eight months of history: no seasonal lag of its own, and a naive forecast misses the summer peak.
    const young = monthly(500, 64, 72, 6, 99);
    const truth = Float64Array.from({ length: 6 }, (_, h) => 500 * (SEASON[(72 + h) % 12] as number));
    const fit = fitPooledOnSeries([...catalogue, young]);
    if (fit === null) throw new Error('no fit');
    const forecast = pooledForecaster(fit).fit(young, options).predict(6);
    const last = young.y[young.y.length - 1] as number;
    const error = (values: ArrayLike<number>) =>
      Array.from(truth).reduce((sum, actual, h) => sum + Math.abs(actual - (values[h] as number)), 0);
    expect(error(forecast)).toBeLessThan(0.6 * error(new Float64Array(6).fill(last)));
  });

  it('never sees a period at or after the origin, of its own series or any other', () => {
    const origin = 50;
    const fit = fitPooledOnSeries(catalogue);
    // Every series changed from the origin's date on (a collapse in sales): the same forecast from the origin.
    const changed = catalogue.map((series) => ({
      ...series,
      y: series.y.map((v, t) => (t >= origin ? v * 0.1 : v)),
    }));
    const changedFit = fitPooledOnSeries(changed);
    if (fit === null || changedFit === null) throw new Error('no fit');
    const series = catalogue[3] as SeriesInput;
    const before = pooledForecaster(fit)
      .fit(inputAtOrigin(series, origin, 6), options)
      .predict(6);
    const after = pooledForecaster(changedFit)
      .fit(inputAtOrigin(changed[3] as SeriesInput, origin, 6), options)
      .predict(6);
    expect(Array.from(after)).toEqual(Array.from(before));
    // …while the forecast from the end of the history does learn from the change.
    const future = pooledForecaster(changedFit)
      .fit(changed[3] as SeriesInput, options)
      .predict(6);
    expect(future[0]).not.toBeCloseTo(pooledForecaster(fit).fit(series, options).predict(6)[0] as number, 3);
  });

  it('sums in any split to exactly the fit on all series at once', () => {
    const setup = pooledSetupForSeries(catalogue);
    if (setup === null) throw new Error('no setup');
    const left = createPooledPartial(setup);
    const right = createPooledPartial(setup);
    catalogue.forEach((series, s) => addSeries(s % 3 === 0 ? left : right, series));
    mergePooledPartials(right, left);
    const merged = solvePooled(right);
    const together = fitPooledOnSeries(catalogue);
    merged.coefficients.forEach((value, i) => {
      const expected = together?.coefficients[i] ?? NaN;
      if (Number.isNaN(expected)) expect(value).toBeNaN();
      else expect(value).toBeCloseTo(expected, 9);
    });
  });

  it('answers a planned price cut with more sales, as a factor of the series level', () => {
    const random = mulberry32(7);
    const weeks = 104;
    const series = Array.from({ length: 20 }, (_, s): SeriesInput => {
      const price = Float64Array.from({ length: weeks + 4 }, (_, t) => (t % 9 === 4 ? 4 : 5));
      const level = 10 + 10 * s;
      const y = Float64Array.from(
        { length: weeks },
        (_, t) => level * ((price[t] as number) / 5) ** -2 * (0.9 + 0.2 * random()),
      );
      const dates = Int32Array.from({ length: weeks + 4 }, (_, t) => addPeriods(START, 'weekly', t));
      return {
        y,
        frequency: 'weekly',
        dates,
        covariates: [{ name: 'price', kind: 'numeric', values: price }],
      };
    });
    const fit = fitPooledOnSeries(series);
    if (fit === null) throw new Error('no fit');
    const target = series[5] as SeriesInput;
    const price = Float64Array.from(target.covariates[0]?.values ?? []);
    price.fill(5, weeks);
    price[weeks + 1] = 4;
    const forecast = pooledForecaster(fit)
      .fit(
        { ...target, covariates: [{ name: 'price', kind: 'numeric', values: price }] },
        { horizon: 4, seed: 1 },
      )
      .predict(4);
    // Elasticity −2: a 20 % cut lifts sales by about (0.8)^−2 ≈ 1.56.
    expect((forecast[1] as number) / (forecast[0] as number)).toBeGreaterThan(1.3);
  });

  it('assumes no event over an unplanned horizon when the event column is mostly blank', () => {
    const random = mulberry32(11);
    const weeks = 104;
    // A store-closing event (code 0) every 13th week sells a fifth of the usual; blank otherwise.
    const holiday = Float64Array.from({ length: weeks + 4 }, (_, t) => (t % 13 === 6 ? 0 : NaN));
    const series = Array.from({ length: 20 }, (_, s): SeriesInput => {
      const level = 10 + 10 * s;
      const y = Float64Array.from(
        { length: weeks },
        (_, t) => level * (Number.isNaN(holiday[t] as number) ? 1 : 0.2) * (0.9 + 0.2 * random()),
      );
      const dates = Int32Array.from({ length: weeks + 4 }, (_, t) => addPeriods(START, 'weekly', t));
      const event = {
        name: 'holiday',
        kind: 'categorical' as const,
        values: holiday,
        categories: ['closed'],
      };
      return { y, frequency: 'weekly', dates, covariates: [event] };
    });
    const fit = fitPooledOnSeries(series);
    if (fit === null) throw new Error('no fit');
    const target = series[5] as SeriesInput;
    const withFuture = (values: Float64Array, carriedForward: boolean): SeriesInput => ({
      ...target,
      covariates: [
        { ...(target.covariates[0] as SeriesInput['covariates'][number]), values, carriedForward },
      ],
    });
    const blankFuture = Float64Array.from(holiday).fill(NaN, weeks);
    const closedFuture = Float64Array.from(holiday).fill(0, weeks);
    const forecast = (input: SeriesInput) => Array.from(pooledForecaster(fit).fit(input, options).predict(4));
    // The real future (closed every week) is hidden, and no event is the regular state.
    expect(forecast(withFuture(closedFuture, true))).toEqual(forecast(withFuture(blankFuture, false)));
    expect(forecast(withFuture(blankFuture, false))[0]).toBeGreaterThan(
      2 * (forecast(withFuture(closedFuture, false))[0] as number),
    );
  });
});
