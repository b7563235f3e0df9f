/**
 * A neural model: its network's weights plus everything needed to read data exactly as in
 * training (settings, input list with covariate scaling, horizon) and the fingerprint of that data.
 */
import type { SeriesInput } from '../forecast/types';
import { dataFingerprint } from './fingerprint';
import { buildInputLayout, type InputLayout } from './input-layout';
import { createNetwork, type NeuralNetwork } from './network';
import { disposeParameters } from './parameters';
import type { SeriesParts } from './series-parts';
import { settingProblems, type NeuralSettings } from './settings';

export interface NeuralModel {
  settings: NeuralSettings;
  layout: InputLayout;
  network: NeuralNetwork;
  /** dataFingerprint() of the series it was created for. */
  fingerprint: string;
}

/** A fresh, untrained model for these series (weights drawn from settings.seed). */
export function createNeuralModel(
  series: SeriesInput[],
  parts: SeriesParts[],
  horizon: number,
  settings: NeuralSettings,
): NeuralModel {
  const problems = settingProblems(settings);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  if (!Number.isInteger(horizon) || horizon < 1)
    throw new RangeError('The horizon must be a whole number ≥ 1');
  const layout = buildInputLayout(series, parts, horizon, settings.lookback, settings.seriesIdentity);
  return {
    settings: { ...settings },
    layout,
    network: createNetwork(layout, settings),
    fingerprint: dataFingerprint(series),
  };
}

export function disposeNeuralModel(model: NeuralModel): void {
  disposeParameters(model.network.parameters);
}
