/** A small trained model on synthetic data, for the tests that need one but not a good one. */
import { createNeuralModel, type NeuralModel } from '../model';
import { defaultNeuralSettings, type NeuralArchitecture, type NeuralSettings } from '../settings';
import { trainNeuralModel, type TrainingResult } from '../train';
import { buildWindowSet, type WindowSet } from '../windows';
import { syntheticDailySeries } from './synthetic-series';

export const TINY_HORIZON = 7;

export function tinySeriesSet() {
  const series = syntheticDailySeries({
    count: 3,
    length: 60,
    horizon: TINY_HORIZON,
    seed: 11,
    withPromo: true,
  });
  const parts = series.map(() => ({ trainEnd: 46, validationEnd: 60 }));
  return { series, parts };
}

export function tinySettings(
  architecture: NeuralArchitecture,
  changes: Partial<NeuralSettings> = {},
): NeuralSettings {
  return {
    ...defaultNeuralSettings('daily', architecture),
    lookback: 14,
    units: 8,
    batchSize: 16,
    steps: 20,
    evaluateEvery: 5,
    learningRate: 0.01,
    ...changes,
  };
}

export async function trainTinyModel(
  settings: NeuralSettings,
): Promise<
  { model: NeuralModel; set: WindowSet; result: TrainingResult } & ReturnType<typeof tinySeriesSet>
> {
  const { series, parts } = tinySeriesSet();
  const model = createNeuralModel(series, parts, TINY_HORIZON, settings);
  const set = buildWindowSet(series, parts, model.layout);
  const result = await trainNeuralModel(model, set);
  return { model, set, result, series, parts };
}
