import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { forecastAtOrigins, type OriginRequest } from './forecast';
import { createNeuralModel, disposeNeuralModel } from './model';
import { defaultNeuralSettings, type NeuralArchitecture, type NeuralSettings } from './settings';
import { useCpuBackend } from './test-support/cpu-backend';
import { syntheticDailySeries } from './test-support/synthetic-series';
import { trainNeuralModel } from './train';
import { buildWindowSet } from './windows';

const HORIZON = 7;
const series = syntheticDailySeries({ count: 2, length: 70, horizon: HORIZON, seed: 5 });
const parts = series.map(() => ({ trainEnd: 56, validationEnd: 70 }));

/** Every training origin with a full lookback, for scoring on the data the network was fitted to. */
function trainingOrigins(lookback: number): OriginRequest[] {
  const requests: OriginRequest[] = [];
  series.forEach((_, s) => {
    for (let origin = lookback; origin + HORIZON <= 56; origin++) requests.push({ series: s, origin });
  });
  return requests;
}

function meanAbsoluteError(
  requests: OriginRequest[],
  forecast: (r: OriginRequest, h: number) => number,
): number {
  let sum = 0;
  let n = 0;
  for (const r of requests) {
    const y = series[r.series]?.y as Float64Array;
    for (let h = 0; h < HORIZON; h++) {
      sum += Math.abs(forecast(r, h) - (y[r.origin + h] as number));
      n++;
    }
  }
  return sum / n;
}

const FAST: Record<NeuralArchitecture, Partial<NeuralSettings>> = {
  mlp: { steps: 200 },
  rnn: { steps: 150 },
  lstm: { steps: 150 },
  gru: { steps: 180 },
  tcn: { steps: 140, layers: 2 },
};

describe('each architecture overfits a small seasonal set', () => {
  beforeAll(useCpuBackend);

  for (const architecture of Object.keys(FAST) as NeuralArchitecture[]) {
    it(`${architecture}: far below seasonal naive on its training windows, and no tensor left behind`, async () => {
      const tensorsBefore = tf.memory().numTensors;
      const settings: NeuralSettings = {
        ...defaultNeuralSettings('daily', architecture),
        lookback: 14,
        units: 16,
        dropout: 0,
        learningRate: 0.01,
        batchSize: 16,
        evaluateEvery: 1000,
        ...FAST[architecture],
      };
      const model = createNeuralModel(series, parts, HORIZON, settings);
      await trainNeuralModel(model, buildWindowSet(series, parts, model.layout));
      const requests = trainingOrigins(settings.lookback);
      const paths = await forecastAtOrigins(model, series, requests);
      disposeNeuralModel(model);

      const snaive = meanAbsoluteError(requests, (r, h) => series[r.series]?.y[r.origin + h - 7] as number);
      const network = meanAbsoluteError(requests, (_, h) => {
        const path = paths.shift() as Float64Array;
        if (h < HORIZON - 1) paths.unshift(path);
        return path[h] as number;
      });
      expect(network).toBeLessThan(0.5 * snaive);
      expect(tf.memory().numTensors).toBe(tensorsBefore);
    }, 30_000);
  }
});
