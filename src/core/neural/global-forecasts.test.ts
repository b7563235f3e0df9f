import { beforeAll, describe, expect, it } from 'vitest';
import { evaluationPlan, type SplitSettings } from '../forecast/split';
import { disposeNeuralModel } from './model';
import { seriesPlans, timeTrainingStep, trainGlobalModel } from './global-forecasts';
import { useCpuBackend } from './test-support/cpu-backend';
import { syntheticDailySeries } from './test-support/synthetic-series';
import { TINY_HORIZON, tinySettings } from './test-support/tiny-model';

const SPLIT: SplitSettings = { kind: 'holdout', validationHorizons: 2 };

function input(steps: number) {
  const series = syntheticDailySeries({
    count: 3,
    length: 90,
    horizon: TINY_HORIZON,
    seed: 4,
    withPromo: true,
  });
  return { series, horizon: TINY_HORIZON, split: SPLIT, settings: tinySettings('gru', { steps }) };
}

describe('a global network for the evaluation engine', () => {
  beforeAll(useCpuBackend);

  it('forecasts every series at exactly the origins evaluateSeries will fit at', async () => {
    const request = input(6);
    const { model, result, forecasts } = await trainGlobalModel(request);
    disposeNeuralModel(model);
    expect(result.stepsRun).toBe(6);
    forecasts.forEach((forecast, s) => {
      const plan = evaluationPlan(90, TINY_HORIZON, SPLIT, 7);
      expect(Array.from(forecast.origins)).toEqual(plan.origins);
      expect(plan.earlierOrigins.length).toBeGreaterThan(0);
      expect(forecast.values).toHaveLength(plan.origins.length * TINY_HORIZON);
      expect(
        forecast.values.every((v) => Number.isFinite(v) && v >= 0),
        `series ${s}`,
      ).toBe(true);
    });
    expect(seriesPlans(request).map((plan) => plan.origins.at(-1))).toEqual([90, 90, 90]);
  }, 30_000);

  it('times a training step of the network on the current backend', async () => {
    const ms = await timeTrainingStep(input(2000));
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5000);
  }, 30_000);
});
