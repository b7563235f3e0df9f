import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluationPlan, type SplitSettings } from '../forecast/split';
import { forecastAtOrigins } from './forecast';
import { disposeNeuralModel, type NeuralModel } from './model';
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

  it('forecasts every series at the origins evaluateSeries will fit at, from the end of train on', async () => {
    const request = input(6);
    const { model, evaluation, forecasts } = await trainGlobalModel(request);
    if (model) disposeNeuralModel(model);
    expect(evaluation.stepsRun).toBe(6);
    expect(forecasts).not.toBeNull();
    forecasts?.forEach((forecast, s) => {
      const plan = evaluationPlan(90, TINY_HORIZON, SPLIT, 7);
      // From the end of train on: the earlier selection windows' targets were training targets.
      const outOfSample = plan.origins.filter((origin) => origin >= plan.split.trainEnd);
      expect(Array.from(forecast.origins)).toEqual(outOfSample);
      expect(plan.earlierOrigins.length).toBeGreaterThan(0);
      expect(plan.earlierOrigins.every((origin) => origin < plan.split.trainEnd)).toBe(true);
      expect(forecast.values).toHaveLength(outOfSample.length * TINY_HORIZON);
      expect(
        forecast.values.every((v) => Number.isFinite(v) && v >= 0),
        `series ${s}`,
      ).toBe(true);
    });
    expect(seriesPlans(request).map((plan) => plan.origins.at(-1))).toEqual([90, 90, 90]);
  }, 30_000);

  it('forecasts after the history with a network retrained on all history for the best number of steps', async () => {
    const request = input(12);
    const before = tf.memory().numTensors;
    const outcome = await trainGlobalModel(request);
    const { model, evaluation, retraining, forecasts } = outcome;
    expect(outcome.futureFrom).toBe('retrained');
    expect(evaluation.bestStep).toBeGreaterThan(0);
    expect(retraining?.stepsRun).toBe(evaluation.bestStep);
    // The retrained network's own forecast from the end of each history is the one handed in.
    const future = await forecastAtOrigins(
      model as NeuralModel,
      request.series,
      request.series.map((s, index) => ({ series: index, origin: s.y.length })),
    );
    forecasts?.forEach((forecast, s) => {
      const last = forecast.values.subarray(-TINY_HORIZON);
      expect(Array.from(last)).toEqual(Array.from(future[s] as Float64Array));
    });
    expect(outcome.importance.map((entry) => entry.key)).toContain('sales');
    disposeNeuralModel(model as NeuralModel);
    expect(tf.memory().numTensors).toBe(before);
  }, 30_000);

  it('keeps a cancelled run that reached a validation check: best weights forecast, no retraining', async () => {
    const cancel = { cancelled: false };
    const outcome = await trainGlobalModel(input(50), {
      cancel,
      onProgress: (_phase, progress) => {
        if (progress.step === 7) cancel.cancelled = true;
      },
    });
    expect(outcome.evaluation.stoppedBy).toBe('cancelled');
    expect(outcome.evaluation.stepsRun).toBe(7);
    expect(outcome.retraining).toBeNull();
    expect(outcome.futureFrom).toBe('evaluated');
    expect(outcome.forecasts).toHaveLength(3);
    disposeNeuralModel(outcome.model as NeuralModel);
  }, 30_000);

  it('forecasts nothing when cancelled before the first validation check', async () => {
    const cancel = { cancelled: false };
    const before = tf.memory().numTensors;
    const outcome = await trainGlobalModel(input(50), {
      cancel,
      onProgress: (_phase, progress) => {
        if (progress.step === 2) cancel.cancelled = true;
      },
    });
    expect(outcome.forecasts).toBeNull();
    expect(outcome.model).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
  }, 30_000);

  it('times a training step of the network on the current backend', async () => {
    const ms = await timeTrainingStep(input(2000));
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5000);
  }, 30_000);
});
