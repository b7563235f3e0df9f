import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesInput } from '../forecast/types';
import { forecastAtOrigins } from './forecast';
import { createNeuralModel, disposeNeuralModel } from './model';
import { defaultNeuralSettings } from './settings';
import { useCpuBackend } from './test-support/cpu-backend';
import { syntheticDailySeries } from './test-support/synthetic-series';
import { trainNeuralModel } from './train';
import { buildWindowSet } from './windows';

const HORIZON = 7;
const LENGTH = 160;

/** The series with its planned promotion over the horizon replaced by `plan`. */
function withPlan(series: SeriesInput, plan: number[]): SeriesInput {
  const promo = series.covariates[0]?.values as Float64Array;
  const values = Float64Array.from(promo);
  values.set(plan, LENGTH);
  return { ...series, covariates: [{ name: 'promo', kind: 'numeric', values }] };
}

describe('the horizon-step head', () => {
  beforeAll(useCpuBackend);

  it('puts a planned promotion’s lift on the day it is planned for, and leaves the other days', async () => {
    // Sales lift 30 % on promoted days (synthetic-series.ts); promotions fall on 15 % of days.
    const series = syntheticDailySeries({
      count: 3,
      length: LENGTH,
      horizon: HORIZON,
      seed: 3,
      withPromo: true,
    });
    const parts = series.map(() => ({ trainEnd: LENGTH - HORIZON, validationEnd: LENGTH }));
    const model = createNeuralModel(series, parts, HORIZON, {
      ...defaultNeuralSettings('daily', 'mlp'),
      lookback: 14,
      units: 16,
      dropout: 0,
      learningRate: 0.01,
      batchSize: 32,
      steps: 600,
      evaluateEvery: 1000,
    });
    await trainNeuralModel(model, buildWindowSet(series, parts, model.layout));
    const promotedDay = 3;
    const plans = [
      Array<number>(HORIZON).fill(0),
      Array.from({ length: HORIZON }, (_, h) => (h === promotedDay ? 1 : 0)),
    ];
    const [without, withPromotion] = await Promise.all(
      plans.map(async (plan) => {
        const planned = series.map((s) => withPlan(s, plan));
        const requests = planned.map((_, index) => ({ series: index, origin: LENGTH }));
        return forecastAtOrigins(model, planned, requests);
      }),
    );
    disposeNeuralModel(model);
    series.forEach((_, s) => {
      const level = 10 + 10 * s;
      const lift = (h: number) => (withPromotion?.[s]?.[h] as number) - (without?.[s]?.[h] as number);
      const others = Array.from({ length: HORIZON }, (_, h) => (h === promotedDay ? 0 : Math.abs(lift(h))));
      expect(lift(promotedDay)).toBeGreaterThan(0.15 * level);
      expect(lift(promotedDay)).toBeGreaterThan(3 * Math.max(...others));
    });
  }, 30_000);
});
