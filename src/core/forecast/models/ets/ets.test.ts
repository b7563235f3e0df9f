import { describe, it, expect } from 'vitest';
import { etsForecaster, fitBestEts, forecastEts } from './ets';
import { candidateForms, formName } from './ets-form';
import { fitEtsForm } from './ets-fit';
import { AIR_PASSENGERS, OIL_1996_2013, meanAbsolutePercentageError } from '../reference-series';
import { seriesOf } from '../series-fixture';

const options = { horizon: 12, seed: 1 };

describe('fitEtsForm', () => {
  it('reproduces fpp2 simple exponential smoothing of the Saudi oil series', () => {
    // FPP 2nd ed. §7.1: alpha = 0.8339, l0 = 446.59, forecast for 2014 = 542.68.
    const y = Float64Array.from(OIL_1996_2013);
    const fit = fitEtsForm(y, y, y.length, { error: 'A', trend: 'N', season: 'N' }, 1);
    expect(fit?.params.alpha).toBeCloseTo(0.834, 2);
    expect(fit?.initialLevel).toBeGreaterThan(446);
    expect(fit?.initialLevel).toBeLessThan(447.2);
    expect(fit && forecastEts(fit, y.length, 1)[0]).toBeCloseTo(542.68, 0);
  });
});

describe('etsForecaster', () => {
  it('finds multiplicative seasonality in AirPassengers and forecasts 1960 within 4% MAPE', () => {
    // Seasonal naive misses 1960 by 10% MAPE; R's ets picks a multiplicative-season form here too.
    const model = etsForecaster.fit(seriesOf(AIR_PASSENGERS.slice(0, 132), 'monthly'), options);
    expect(model.describe().form).toMatchObject({ notation: expect.stringMatching(/^ETS\(M,A(d)?,M\)$/) });
    expect(meanAbsolutePercentageError(AIR_PASSENGERS.slice(132), model.predict(12))).toBeLessThan(0.04);
  });

  it('reports its parameters and AICc', () => {
    const description = etsForecaster.fit(seriesOf(OIL_1996_2013, 'quarterly'), options).describe();
    expect(description.parameters.map((p) => p.name)).toContainEqual({ code: 'alpha' });
    expect(Number.isFinite(description.aicc)).toBe(true);
  });

  it('fits through missing periods', () => {
    const values = AIR_PASSENGERS.slice(0, 72).map((v, t) => (t % 17 === 5 ? NaN : v));
    const forecast = etsForecaster.fit(seriesOf(values, 'monthly'), options).predict(12);
    expect(forecast.every((v) => Number.isFinite(v) && v > 150 && v < 400)).toBe(true);
  });

  it('forecasts a constant series flat, an all-zero series as zero, and a tiny series as its mean', () => {
    expect([...etsForecaster.fit(seriesOf([7, 7, 7, 7, 7, 7]), options).predict(2)]).toEqual([7, 7]);
    expect([...etsForecaster.fit(seriesOf(new Array(30).fill(0)), options).predict(2)]).toEqual([0, 0]);
    expect([...etsForecaster.fit(seriesOf([2, 4]), options).predict(2)]).toEqual([3, 3]);
  });

  it('never forecasts below zero for a series falling toward zero', () => {
    const falling = Array.from({ length: 30 }, (_, t) => Math.max(0, 60 - 2.5 * t));
    const forecast = etsForecaster.fit(seriesOf(falling, 'quarterly'), options).predict(12);
    expect(Math.min(...forecast)).toBe(0);
  });

  it('is deterministic', () => {
    const a = etsForecaster.fit(seriesOf(AIR_PASSENGERS.slice(0, 48)), options).predict(6);
    const b = etsForecaster.fit(seriesOf(AIR_PASSENGERS.slice(0, 48)), options).predict(6);
    expect([...a]).toEqual([...b]);
  });
});

describe('candidateForms', () => {
  it('offers the 15 forms of R for positive monthly data, and no multiplicative form with zeros', () => {
    expect(candidateForms(48, 48, 12, true)).toHaveLength(15);
    const withZeros = candidateForms(48, 48, 12, false).map(formName);
    expect(withZeros).toHaveLength(6);
    expect(withZeros.some((name) => name.includes('M'))).toBe(false);
  });
  it('refuses seasonal forms for weekly data (m = 52) and for less than two seasons', () => {
    expect(candidateForms(200, 200, 52, true).every((f) => f.season === 'N')).toBe(true);
    expect(candidateForms(20, 20, 12, true).every((f) => f.season === 'N')).toBe(true);
  });
  it('picks a seasonal form for a clean seasonal series', () => {
    const y = Float64Array.from(
      { length: 48 },
      (_, t) => 100 + 20 * Math.sin((2 * Math.PI * t) / 12) + (t % 5),
    );
    expect(fitBestEts(y, 12)?.form.season).not.toBe('N');
  });
});
