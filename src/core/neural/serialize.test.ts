import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { forecastAtOrigins } from './forecast';
import { disposeNeuralModel } from './model';
import {
  loadNeuralModel,
  neuralModelArtifacts,
  neuralModelFromArtifacts,
  saveNeuralModel,
} from './serialize';
import { useCpuBackend } from './test-support/cpu-backend';
import { tinySettings, trainTinyModel } from './test-support/tiny-model';
import { trainNeuralModel } from './train';
import { buildWindowSet } from './windows';

describe('save and load', () => {
  beforeAll(useCpuBackend);

  it('round-trips through in-memory artifacts with identical forecasts, and warm-starts', async () => {
    const tensorsBefore = tf.memory().numTensors;
    // Lookback 5 < the daily season of 7: the model reads last week's sales on its horizon.
    const { model, series, parts } = await trainTinyModel(
      tinySettings('gru', { seriesIdentity: true, lookback: 5 }),
    );
    expect(model.layout.seasonalLag).toBe(7);
    let saved: tf.io.ModelArtifacts | null = null;
    await saveNeuralModel(
      model,
      tf.io.withSaveHandler(async (artifacts) => {
        saved = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
      }),
    );
    expect(saved).not.toBeNull();
    const loaded = await loadNeuralModel(tf.io.fromMemory(saved as unknown as tf.io.ModelArtifacts));
    expect(loaded.settings).toEqual(model.settings);
    expect(loaded.layout).toEqual(model.layout);
    expect(loaded.fingerprint).toBe(model.fingerprint);

    const requests = [
      { series: 0, origin: 46 },
      { series: 2, origin: 60 },
    ];
    expect(await forecastAtOrigins(loaded, series, requests)).toEqual(
      await forecastAtOrigins(model, series, requests),
    );

    // Warm start: training continues from the loaded weights (the starting check is the saved model's).
    const continued = await trainNeuralModel(loaded, buildWindowSet(series, parts, loaded.layout));
    const fresh = continued.validationHistory[0]?.loss as number;
    expect(continued.bestValidationLoss).toBeLessThanOrEqual(fresh);
    disposeNeuralModel(model);
    disposeNeuralModel(loaded);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  }, 20_000);

  it('loads a model saved before the last-season inputs (format 1) with identical forecasts', async () => {
    const { model, series } = await trainTinyModel(tinySettings('mlp', { steps: 5 }));
    const artifacts = await neuralModelArtifacts(model);
    const topology = artifacts.modelTopology as { format: string; layout: object };
    // Lookback 14 covers the season: without the scale rule of format 3, the layout has exactly the
    // keys a format-1 model saved (the tiny series sell every day, so the rule changes nothing here).
    const { dormantScale, ...formatOneLayout } = topology.layout as { dormantScale?: string };
    expect(dormantScale).toBe('history');
    expect(Object.keys(formatOneLayout).sort()).toEqual(
      [
        'calendarColumns',
        'covariates',
        'frequency',
        'futureStepColumns',
        'horizon',
        'lookback',
        'seriesCount',
        'seriesIdentity',
        'stepColumns',
      ].sort(),
    );
    const old = {
      ...artifacts,
      format: 'shelfcast-neural/1',
      modelTopology: { ...topology, layout: formatOneLayout, format: 'shelfcast-neural/1' },
    };
    const loaded = neuralModelFromArtifacts(old);
    expect(loaded.layout.seasonalLag).toBeUndefined();
    expect(loaded.layout.dormantScale).toBeUndefined();
    const requests = series.map((s, index) => ({ series: index, origin: s.y.length }));
    expect(await forecastAtOrigins(loaded, series, requests)).toEqual(
      await forecastAtOrigins(model, series, requests),
    );
    disposeNeuralModel(model);
    disposeNeuralModel(loaded);
  });

  it('refuses artifacts that are not a Shelfcast neural model', async () => {
    await expect(loadNeuralModel(tf.io.fromMemory({ modelTopology: { format: 'keras' } }))).rejects.toThrow(
      'Not a saved Shelfcast neural model',
    );
  });
});
