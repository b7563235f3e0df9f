import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { forecastAtOrigins } from './forecast';
import { disposeNeuralModel } from './model';
import { loadNeuralModel, saveNeuralModel } from './serialize';
import { useCpuBackend } from './test-support/cpu-backend';
import { tinySettings, trainTinyModel } from './test-support/tiny-model';
import { trainNeuralModel } from './train';
import { buildWindowSet } from './windows';

describe('save and load', () => {
  beforeAll(useCpuBackend);

  it('round-trips through in-memory artifacts with identical forecasts, and warm-starts', async () => {
    const tensorsBefore = tf.memory().numTensors;
    const { model, series, parts } = await trainTinyModel(tinySettings('gru', { seriesIdentity: true }));
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

  it('refuses artifacts that are not a Shelfcast neural model', async () => {
    await expect(loadNeuralModel(tf.io.fromMemory({ modelTopology: { format: 'keras' } }))).rejects.toThrow(
      'Not a saved Shelfcast neural model',
    );
  });
});
