import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lossOnBatches, fillInChunks } from './evaluate';
import { permutationImportance } from './importance';
import { inputGroups } from './input-groups';
import { createNeuralModel, disposeNeuralModel } from './model';
import { useCpuBackend } from './test-support/cpu-backend';
import { TINY_HORIZON, tinySeriesSet, tinySettings, trainTinyModel } from './test-support/tiny-model';
import { trainNeuralModel, type TrainingProgress } from './train';
import { buildWindowSet } from './windows';

describe('trainNeuralModel', () => {
  beforeAll(useCpuBackend);

  it('gives the same validation losses for the same seed, and keeps the best weights', async () => {
    const settings = tinySettings('lstm', { dropout: 0.2, steps: 15 });
    const first = await trainTinyModel(settings);
    const second = await trainTinyModel(settings);
    expect(second.result.validationHistory).toEqual(first.result.validationHistory);
    expect(first.result.validationHistory.map((h) => h.step)).toEqual([0, 5, 10, 15]);
    const kept = await lossOnBatches(
      first.model.network,
      first.model.layout,
      fillInChunks(first.series, first.model.layout, first.set.validation),
      settings.loss,
    );
    expect(kept).toBeCloseTo(first.result.bestValidationLoss as number, 6);
    const other = await trainTinyModel({ ...settings, seed: 2 });
    expect(other.result.validationHistory).not.toEqual(first.result.validationHistory);
    [first, second, other].forEach(({ model }) => disposeNeuralModel(model));
  }, 20_000);

  it('stops on cancel between steps with the best weights so far, reporting progress on the way', async () => {
    const { series, parts } = tinySeriesSet();
    const model = createNeuralModel(series, parts, TINY_HORIZON, tinySettings('rnn', { steps: 1000 }));
    const set = buildWindowSet(series, parts, model.layout);
    const token = { cancelled: false };
    const progress: TrainingProgress[] = [];
    const result = await trainNeuralModel(model, set, {
      cancel: token,
      onProgress: (p) => {
        progress.push(p);
        if (p.step === 12) token.cancelled = true;
      },
    });
    expect(result.stoppedBy).toBe('cancelled');
    expect(result.stepsRun).toBe(12);
    expect(progress.map((p) => p.step)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(progress[9]?.validationLoss).toBeGreaterThan(0);
    expect(progress.every((p) => p.samplesPerSecond > 0 && Number.isFinite(p.trainLoss))).toBe(true);
    expect([0, 5, 10]).toContain(result.bestStep);
    disposeNeuralModel(model);
  });

  it('goes on from the last finished step when its backend fails (a GPU device lost)', async () => {
    const { series, parts } = tinySeriesSet();
    const tensorsBefore = tf.memory().numTensors;
    const model = createNeuralModel(series, parts, TINY_HORIZON, tinySettings('mlp', { steps: 20 }));
    const set = buildWindowSet(series, parts, model.layout);
    const steps: number[] = [];
    const failovers: { message: string; lastFinishedStep: number }[] = [];
    let lost = false;
    const result = await trainNeuralModel(model, set, {
      onProgress: (p) => steps.push(p.step),
      // After step 7 the "device" is gone: its weights are garbage and the next call throws.
      yieldControl: () => {
        if (steps.length !== 7 || lost) return Promise.resolve();
        lost = true;
        for (const variable of model.network.parameters.values()) {
          const garbage = tf.fill(variable.shape, NaN);
          variable.assign(garbage);
          garbage.dispose();
        }
        return Promise.reject(new Error('The Device was lost'));
      },
      failover: {
        lost: () => new Promise<never>(() => undefined),
        moveOn: (error, lastFinishedStep) => {
          failovers.push({ message: (error as Error).message, lastFinishedStep });
          return Promise.resolve(true);
        },
      },
    });
    expect(failovers).toEqual([{ message: 'The Device was lost', lastFinishedStep: 7 }]);
    // Step 7's weights were put back (NaN weights would have diverged), and no step ran twice.
    expect(result.stoppedBy).toBe('steps');
    expect(result.stepsRun).toBe(20);
    expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result.validationHistory.every((check) => Number.isFinite(check.loss))).toBe(true);
    disposeNeuralModel(model);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('ends with the error when no other backend is left', async () => {
    const { series, parts } = tinySeriesSet();
    const model = createNeuralModel(series, parts, TINY_HORIZON, tinySettings('mlp', { steps: 20 }));
    const set = buildWindowSet(series, parts, model.layout);
    let calls = 0;
    const training = trainNeuralModel(model, set, {
      yieldControl: () => (++calls === 3 ? Promise.reject(new Error('lost')) : Promise.resolve()),
      failover: { lost: () => new Promise<never>(() => undefined), moveOn: () => Promise.resolve(false) },
    });
    await expect(training).rejects.toThrow('lost');
    disposeNeuralModel(model);
  });

  it('does not wait for a device that was lost and will never answer (a lost WebGL context)', async () => {
    const { series, parts } = tinySeriesSet();
    const model = createNeuralModel(series, parts, TINY_HORIZON, tinySettings('mlp', { steps: 12 }));
    const set = buildWindowSet(series, parts, model.layout);
    let loseDevice: (error: Error) => void = () => undefined;
    const lostFirst = new Promise<never>((_, reject) => (loseDevice = reject));
    lostFirst.catch(() => undefined);
    let backend = 'webgl';
    const moved: number[] = [];
    let calls = 0;
    const result = await trainNeuralModel(model, set, {
      // After step 5 the work never answers, as readbacks on a lost context do.
      yieldControl: () => {
        if (++calls !== 5) return Promise.resolve();
        loseDevice(new Error('The WebGL context was lost'));
        return new Promise<void>(() => undefined);
      },
      failover: {
        lost: () => (backend === 'webgl' ? lostFirst : new Promise<never>(() => undefined)),
        moveOn: (_error, lastFinishedStep) => {
          moved.push(lastFinishedStep);
          backend = 'wasm';
          return Promise.resolve(true);
        },
      },
    });
    expect(moved).toEqual([5]);
    expect(result.stoppedBy).toBe('steps');
    expect(result.stepsRun).toBe(12);
    disposeNeuralModel(model);
  });

  it('stops early when validation stops improving', async () => {
    const { result, model } = await trainTinyModel(
      tinySettings('mlp', { steps: 2000, evaluateEvery: 1, patience: 3, learningRate: 0.05 }),
    );
    expect(result.stoppedBy).toBe('early-stopping');
    expect(result.stepsRun).toBe(result.bestStep + 3);
    disposeNeuralModel(model);
  });
});

describe('losses and optimisers', () => {
  beforeAll(useCpuBackend);

  it('each loss with each optimiser lowers the validation loss', async () => {
    const combos = [
      { loss: 'mse', optimizer: 'sgd', learningRate: 0.1 },
      { loss: 'huber', optimizer: 'rmsprop', learningRate: 0.01 },
      { loss: 'mae', optimizer: 'adam', learningRate: 0.01 },
    ] as const;
    for (const combo of combos) {
      const { result, model } = await trainTinyModel(
        tinySettings('mlp', { ...combo, steps: 40, evaluateEvery: 20 }),
      );
      const [start] = result.validationHistory;
      expect(result.bestValidationLoss).toBeLessThan(0.9 * (start?.loss as number));
      disposeNeuralModel(model);
    }
  });
});

describe('permutationImportance', () => {
  beforeAll(useCpuBackend);

  it('lists the last season as its own group when the layout has it', async () => {
    const { model, set } = await trainTinyModel(tinySettings('mlp', { steps: 5, lookback: 5 }));
    const groups = inputGroups(model.layout);
    expect(groups.map((g) => g.key)).toEqual([
      'sales',
      'covariate:promo',
      'calendar',
      'seasonal-lag',
      'identity',
    ]);
    const { futureStepColumns } = model.layout;
    expect(groups[3]?.futureStepColumns).toEqual([futureStepColumns - 2, futureStepColumns - 1]);
    const importance = await permutationImportance(model, set, 1);
    expect(importance.map((i) => i.key)).toContain('seasonal-lag');
    expect(importance.every((i) => Number.isFinite(i.lossIncrease))).toBe(true);
    disposeNeuralModel(model);
  });

  it('scores each input group on validation windows; a covariate that drives sales matters', async () => {
    const tensorsBefore = tf.memory().numTensors;
    const { model, set } = await trainTinyModel(tinySettings('mlp', { steps: 300, units: 16, dropout: 0 }));
    const importance = await permutationImportance(model, set, 1);
    expect(importance.map((i) => i.key)).toEqual(['sales', 'covariate:promo', 'calendar', 'identity']);
    const promo = importance.find((i) => i.key === 'covariate:promo')?.lossIncrease as number;
    const sales = importance.find((i) => i.key === 'sales')?.lossIncrease as number;
    expect(promo).toBeGreaterThan(0.05);
    expect(sales).toBeGreaterThan(0.05);
    disposeNeuralModel(model);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  }, 20_000);
});
