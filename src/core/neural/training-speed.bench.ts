/**
 * Training speed of each architecture with its default settings on tfjs's CPU backend in Node:
 * `npx vitest bench --run src/core/neural`. One iteration creates a model and trains STEPS
 * mini-batches (no validation part, so no checks), so training samples/s ≈ hz × STEPS × batch
 * size. The browser backends are measured by the app's benchmark.
 */
import * as tf from '@tensorflow/tfjs';
import { bench, describe } from 'vitest';
import { createNeuralModel, disposeNeuralModel } from './model';
import { defaultNeuralSettings, type NeuralArchitecture } from './settings';
import { syntheticDailySeries } from './test-support/synthetic-series';
import { trainNeuralModel } from './train';
import { buildWindowSet } from './windows';

const STEPS = 10;
const HORIZON = 14;
const series = syntheticDailySeries({ count: 50, length: 200, horizon: HORIZON, seed: 1, withPromo: true });
const parts = series.map(() => ({ trainEnd: 200, validationEnd: 200 }));

describe('training samples/s, CPU backend, default settings (lookback 28, 32 units, batch 64)', () => {
  for (const architecture of ['mlp', 'rnn', 'lstm', 'gru', 'tcn'] as NeuralArchitecture[]) {
    const settings = { ...defaultNeuralSettings('daily', architecture), steps: STEPS };
    bench(
      `${architecture}: ${STEPS} steps × ${settings.batchSize} windows`,
      async () => {
        const model = createNeuralModel(series, parts, HORIZON, settings);
        await trainNeuralModel(model, buildWindowSet(series, parts, model.layout));
        disposeNeuralModel(model);
      },
      { iterations: 3, warmupIterations: 1, setup: () => tf.setBackend('cpu').then(() => undefined) },
    );
  }
});
