import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { forecastAtOrigins } from './forecast';
import { disposeNeuralModel } from './model';
import { createNetwork } from './network';
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
    // Lookback 14 covers the season; without the scale rule of format 3 and the horizon-step head
    // of format 4 the layout has exactly the keys a format-1 model saved (no price column is mapped
    // here, so no covariate reads a relative price).
    const { dormantScale, horizonStepHead, ...formatOneLayout } = model.layout;
    expect([dormantScale, horizonStepHead]).toEqual(['history', true]);
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
    // The network such a layout gives, with the trained weights it shares with the new one.
    const formatOne = {
      ...model,
      layout: formatOneLayout,
      network: createNetwork(formatOneLayout, model.settings),
    };
    for (const [name, variable] of formatOne.network.parameters)
      variable.assign(model.network.parameters.get(name) as tf.Variable);
    const artifacts = await neuralModelArtifacts(formatOne);
    const topology = artifacts.modelTopology as { format: string };
    const old = {
      ...artifacts,
      format: 'shelfcast-neural/1',
      modelTopology: { ...topology, format: 'shelfcast-neural/1' },
    };
    const loaded = neuralModelFromArtifacts(old);
    expect(loaded.layout.seasonalLag).toBeUndefined();
    expect(loaded.layout.dormantScale).toBeUndefined();
    expect(loaded.network.parameters.has('head.step.kernel')).toBe(false);
    const requests = series.map((s, index) => ({ series: index, origin: s.y.length }));
    expect(await forecastAtOrigins(loaded, series, requests)).toEqual(
      await forecastAtOrigins(formatOne, series, requests),
    );
    for (const each of [model, formatOne, loaded]) disposeNeuralModel(each);
  });

  it('refuses artifacts that are not a Shelfcast neural model', async () => {
    await expect(loadNeuralModel(tf.io.fromMemory({ modelTopology: { format: 'keras' } }))).rejects.toThrow(
      'Not a saved Shelfcast neural model',
    );
  });
});
