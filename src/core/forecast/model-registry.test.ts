/**
 * The registry's contract: every model it lists is scored, chosen and exported through the one
 * evaluation path, whatever kind it is (score-layout.test.ts checks each has score slots).
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { evaluateSeries } from './evaluate';
import { fitPooledOnSeries } from './pooled/pooled-fit';
import { pooledForecaster } from './pooled/pooled-forecaster';
import { LOCAL_FORECASTERS } from './local-forecasters';
import {
  GLOBAL_MODEL_IDS,
  MODEL_REGISTRY,
  NETWORK_MODEL_IDS,
  combinationMembers,
  isModelId,
  modelDescriptor,
} from './model-registry';
import type { SeriesInput } from './types';

/** A year and a half of daily sales with a weekly pattern, zeros on a fifth of the days, and a promo flag. */
function salesWithPromo(): SeriesInput {
  const random = mulberry32(5);
  const length = 540;
  const horizon = 14;
  const promo = Float64Array.from({ length: length + horizon }, (_, t) => (t % 17 < 2 ? 1 : 0));
  const y = Float64Array.from({ length }, (_, t) =>
    random() < 0.2
      ? 0
      : Math.round(6 + 3 * Math.sin((2 * Math.PI * t) / 7) + 4 * (promo[t] as number) + 2 * random()),
  );
  const dates = Int32Array.from({ length: length + horizon }, (_, t) => 19_000 + t);
  return { y, frequency: 'daily', dates, covariates: [{ name: 'promo', kind: 'binary', values: promo }] };
}

describe('the model registry', () => {
  it('lists every model once, in the order the UI shows them', () => {
    expect(MODEL_REGISTRY.map((descriptor) => descriptor.label)).toEqual([
      'Naive',
      'Seasonal naive',
      'Moving average',
      'ETS',
      'Theta',
      'STL',
      'ARIMA',
      'AR-X',
      'Croston',
      'SBA',
      'TSB',
      'Pooled regression',
      'RNN',
      'LSTM',
      'GRU',
      'CNN',
      'MLP',
    ]);
    expect(MODEL_REGISTRY.filter((d) => d.kind === 'global').map((d) => d.id)).toEqual(GLOBAL_MODEL_IDS);
    expect(GLOBAL_MODEL_IDS).toEqual(['pooled', 'rnn', 'lstm', 'gru', 'cnn', 'mlp']);
    expect(NETWORK_MODEL_IDS).toEqual(['rnn', 'lstm', 'gru', 'cnn', 'mlp']);
    expect(MODEL_REGISTRY.filter((d) => d.cost === 'trained').map((d) => d.id)).toEqual(NETWORK_MODEL_IDS);
    expect(new Set(MODEL_REGISTRY.map((descriptor) => descriptor.id)).size).toBe(MODEL_REGISTRY.length);
    expect(isModelId('ets')).toBe(true);
    expect(isModelId('lstm-from-an-old-workspace')).toBe(false);
    expect(isModelId('lstm')).toBe(true);
  });

  it("derives Auto's combinations and the budget from the descriptors", () => {
    expect(combinationMembers('continuous')).toEqual(['ets', 'theta', 'stl', 'arima']);
    expect(combinationMembers('intermittent')).toEqual(['snaive', 'arx', 'sba']);
    expect(MODEL_REGISTRY.filter((d) => d.cost === 'budgeted').map((d) => d.id)).toEqual(['stl', 'arima']);
    expect(modelDescriptor('sba').intermittentOnly).toBe(true);
  });

  it('fits, forecasts, extends and scores every local model and the pooled regression through the one evaluation path', () => {
    expect(LOCAL_FORECASTERS.map((forecaster) => forecaster.id)).toEqual(
      MODEL_REGISTRY.filter((d) => d.kind === 'local').map((d) => d.id),
    );
    const series = salesWithPromo();
    const pooled = fitPooledOnSeries([series, { ...series, y: series.y.map((v) => 3 * v) }]);
    if (pooled === null) throw new Error('no pooled fit');
    const forecasters = [...LOCAL_FORECASTERS, pooledForecaster(pooled)];
    // The networks are trained elsewhere and reach this path as precomputed forecasts (precomputed-forecaster.test.ts).
    expect(new Set([...forecasters.map((f) => f.id), ...NETWORK_MODEL_IDS])).toEqual(
      new Set(MODEL_REGISTRY.map((d) => d.id)),
    );
    const evaluation = evaluateSeries(series, forecasters, {
      horizon: 14,
      split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
      level: 0.8,
      seed: 1,
    });
    for (const model of evaluation.models) {
      expect(model.error, model.id).toBeUndefined();
      expect(model.label).toBe(modelDescriptor(model.id).label);
      expect(model.validation?.count, model.id).toBeGreaterThan(0);
      expect(model.test?.mase, model.id).toBeGreaterThan(0);
      expect(model.future?.point, model.id).toHaveLength(14);
    }
    expect(evaluation.auto).not.toBeNull();
    // Every model's fits at every origin; slow on a shared, loaded machine, not a timing assertion.
  }, 60_000);
});
