import { beforeAll, describe, expect, it } from 'vitest';
import { forecastAtOrigins } from './forecast';
import { artifactsFromModelFile, ModelFileError, modelFileText } from './model-file';
import { disposeNeuralModel } from './model';
import { neuralModelArtifacts, neuralModelFromArtifacts } from './serialize';
import { useCpuBackend } from './test-support/cpu-backend';
import { tinySettings, trainTinyModel } from './test-support/tiny-model';

describe('a model as one JSON file', () => {
  beforeAll(useCpuBackend);

  it('exports and imports with identical forecasts and its metadata kept', async () => {
    const { model, series } = await trainTinyModel(tinySettings('tcn', { steps: 5 }));
    const artifacts = await neuralModelArtifacts(model);
    const text = modelFileText({ ...artifacts, userDefinedMetadata: { shelfcast: { name: 'weekly LSTM' } } });
    const imported = artifactsFromModelFile(text);
    expect(imported.userDefinedMetadata).toEqual({ shelfcast: { name: 'weekly LSTM' } });
    const loaded = neuralModelFromArtifacts(imported);
    const requests = series.map((s, index) => ({ series: index, origin: s.y.length }));
    const [before, after] = await Promise.all([
      forecastAtOrigins(model, series, requests),
      forecastAtOrigins(loaded, series, requests),
    ]);
    expect(after.map((path) => Array.from(path))).toEqual(before.map((path) => Array.from(path)));
    disposeNeuralModel(model);
    disposeNeuralModel(loaded);
  }, 30_000);

  it('refuses what is not a model file, saying why', () => {
    const problem = (text: string) => {
      try {
        artifactsFromModelFile(text);
        return null;
      } catch (error) {
        return error instanceof ModelFileError ? error.problem : 'other';
      }
    };
    expect(problem('{oops')).toBe('not-json');
    expect(problem('{"kind":"something else"}')).toBe('not-a-model');
    const otherVersion = {
      kind: 'shelfcast-neural-model-file',
      format: 'shelfcast-neural/99',
      modelTopology: {},
      weightSpecs: [],
      weightData: '',
    };
    expect(problem(JSON.stringify(otherVersion))).toBe('other-version');
    // Files exported before the last-season inputs (format 1) still import.
    expect(problem(JSON.stringify({ ...otherVersion, format: 'shelfcast-neural/1' }))).toBeNull();
  });
});
