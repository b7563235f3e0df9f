import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../../metrics/seeded-random';
import { LOCAL_FORECASTERS } from '../local-forecasters';
import type { SeriesInput } from '../types';
import { fitArima, forecastArima, refilterArima } from './arima/estimate';
import { createArmaResiduals } from './arima/arma-filter';
import { fitEtsForm, refilterEts } from './ets/ets-fit';
import { OIL_1996_2013 } from './reference-series';

/** Two years of seeded daily sales with a weekly pattern and a price covariate (plan included). */
function dailySales(length: number, horizon: number): SeriesInput {
  const normal = normalSampler(mulberry32(11));
  const y = Float64Array.from({ length }, (_, t) =>
    Math.max(0, 40 + 12 * Math.sin((2 * Math.PI * t) / 7) + 5 * normal()),
  );
  const dates = Int32Array.from({ length: length + horizon }, (_, t) => 19_000 + t);
  const price = Float64Array.from({ length: length + horizon }, (_, t) => (t % 30 < 5 ? 2.5 : 3));
  return { y, frequency: 'daily', dates, covariates: [{ name: 'price', kind: 'numeric', values: price }] };
}

const prefix = (series: SeriesInput, origin: number, horizon: number): SeriesInput => ({
  ...series,
  y: series.y.slice(0, origin),
  dates: series.dates.subarray(0, origin + horizon),
  covariates: series.covariates.map((c) => ({ ...c, values: c.values.subarray(0, origin + horizon) })),
});

describe('FittedModel.extend', () => {
  const full = dailySales(400, 14);
  const short = prefix(full, 300, 14);
  const longer = prefix(full, 340, 14);
  const extendable = LOCAL_FORECASTERS.filter(
    (forecaster) => forecaster.fit(short, { horizon: 14, seed: 1 }).extend,
  ).map((forecaster) => ({ id: forecaster.id, forecaster }));

  it('is offered by every model whose fit estimates something', () => {
    expect(extendable.map((entry) => entry.id).sort()).toEqual(
      ['arima', 'arx', 'croston', 'ets', 'moving-average', 'sba', 'stl', 'theta', 'tsb'].sort(),
    );
  });

  it('over the same history reproduces the fit it extends', () => {
    for (const { id, forecaster } of extendable) {
      const model = forecaster.fit(short, { horizon: 14, seed: 1 });
      const same = model.extend?.(short, { horizon: 14, seed: 1 });
      const forecast = [...(same?.predict(14) ?? [])];
      forecast.forEach((v, h) => expect(v, id).toBeCloseTo(model.predict(14)[h] ?? NaN, 8));
      expect(
        same?.describe().parameters.map((p) => p.name),
        id,
      ).toEqual(model.describe().parameters.map((p) => p.name));
    }
  });

  it('keeps the one-step forecasts of the history it was fitted on, and adds the new periods', () => {
    // STL decomposes the longer series again (its seasonal part moves), so it is left out here.
    for (const { id, forecaster } of extendable.filter((entry) => entry.id !== 'stl')) {
      const model = forecaster.fit(short, { horizon: 14, seed: 1 });
      const extended = model.extend?.(longer, { horizon: 14, seed: 1 });
      expect(extended?.fitted.length, id).toBe(340);
      for (let t = 0; t < 300; t++) {
        const before = model.fitted[t] ?? NaN;
        if (Number.isNaN(before)) expect(extended?.fitted[t], id).toBeNaN();
        else expect(extended?.fitted[t], `${id} at ${t}`).toBeCloseTo(before, 6);
      }
      expect(extended?.predict(14).every(Number.isFinite), id).toBe(true);
    }
  });
});

describe('refilterEts', () => {
  it('runs simple exponential smoothing on with the fitted alpha and initial level', () => {
    const y = Float64Array.from(OIL_1996_2013);
    const fit = fitEtsForm(
      y.subarray(0, 12),
      y.subarray(0, 12),
      12,
      { error: 'A', trend: 'N', season: 'N' },
      1,
    );
    if (!fit) throw new Error('no fit');
    const extended = refilterEts(fit, y, y.length);
    let level = fit.initialLevel;
    for (const value of y) level += fit.params.alpha * (value - level);
    expect(extended?.params).toEqual(fit.params);
    expect(extended?.finalState.level).toBeCloseTo(level, 9);
    expect(extended?.fitted.length).toBe(y.length);
  });
});

describe('refilterArima', () => {
  it('forecasts an AR(1) with the fitted coefficient from the longer history', () => {
    const normal = normalSampler(mulberry32(3));
    const y = new Float64Array(300);
    for (let t = 1; t < y.length; t++) y[t] = 0.6 * (y[t - 1] ?? 0) + normal();
    for (let t = 0; t < y.length; t++) y[t] = (y[t] ?? 0) + 10;
    const order = { p: 1, d: 0, q: 0, P: 0, D: 0, Q: 0, m: 1, constant: true };
    const fit = fitArima(y.subarray(0, 200), order);
    if (!fit) throw new Error('no fit');
    const extended = refilterArima(y, fit);
    const phi = fit.ar[0] ?? NaN;
    expect(phi).toBeGreaterThan(0.45);
    expect(phi).toBeLessThan(0.75);
    expect([...extended.ar]).toEqual([...fit.ar]);
    expect(extended.residuals.length).toBe(300);
    const expected = fit.mean + phi * ((y[299] ?? 0) - fit.mean);
    expect(forecastArima(y, extended, 1)[0]).toBeCloseTo(expected, 9);
  });
});

describe('createArmaResiduals', () => {
  it('filters a multiplicative seasonal AR: e_t = x_t − φx_{t−1} − Φx_{t−2} + φΦx_{t−3}', () => {
    const order = { p: 1, d: 0, q: 0, P: 1, D: 0, Q: 0, m: 2, constant: false };
    const w = Float64Array.of(1, 2, 4, 3, 5);
    const out = new Float64Array(5);
    createArmaResiduals(order, 5)(Float64Array.of(0.5, 0.25), w, out);
    // t=3: 3 − 0.5·4 − 0.25·2 + 0.125·1 = 0.625; t=4: 5 − 0.5·3 − 0.25·4 + 0.125·2 = 2.75.
    expect([...out]).toEqual([1, 1.5, 2.75, 0.625, 2.75]);
  });

  it('filters a seasonal MA on its own past residuals', () => {
    const order = { p: 0, d: 0, q: 1, P: 0, D: 0, Q: 1, m: 2, constant: true };
    const w = Float64Array.of(3, 3, 5, 1);
    const out = new Float64Array(4);
    // mean 2, x = 1, 1, 3, −1; e0 = 1, e1 = 1 − 0.5 = 0.5, e2 = 3 − 0.25 − 0.5·1 = 2.25,
    // e3 = −1 − 0.5·2.25 − 0.5·0.5 − 0.25·1 (cross term θΘ on lag 3) = −2.625.
    createArmaResiduals(order, 4)(Float64Array.of(0.5, 0.5, 2), w, out);
    expect([...out]).toEqual([1, 0.5, 2.25, -2.625]);
  });
});
