/**
 * The network settings a run trains with: the core's defaults for the data's frequency and the
 * chosen architecture, under what the user changed. Reads core/neural/settings only, which has no
 * tfjs in it: tfjs loads in the training worker alone.
 */
import type { Frequency } from '../../core/dataset/types';
import { isNetworkModelId, type NetworkModelId } from '../../core/forecast/model-registry';
import {
  defaultNeuralSettings,
  type NeuralArchitecture,
  type NeuralSettings,
} from '../../core/neural/settings';

/** The UI's model ids are the method names; the core calls its causal CNN a TCN. */
const ARCHITECTURE: Record<NetworkModelId, NeuralArchitecture> = {
  rnn: 'rnn',
  lstm: 'lstm',
  gru: 'gru',
  cnn: 'tcn',
  mlp: 'mlp',
};

/** The model id a saved network of this architecture runs under. */
export function globalModelOf(architecture: NeuralArchitecture): NetworkModelId {
  const entry = Object.entries(ARCHITECTURE).find(([, value]) => value === architecture);
  return (entry?.[0] ?? 'lstm') as NetworkModelId;
}

/**
 * The network Auto trains when the user opts in. The MLP: it is the cheapest to train (one dense
 * pass per window, no loop over time steps: about 3 ms a step against 12–18 ms for the LSTM, GRU
 * and CNN in the core's architecture tests on tfjs CPU, 2026-12-07), and it reads the same inputs as the recurrent nets (sales
 * lags, covariates with their planned values, calendar, series identity), which is where a global
 * network has its edge over per-series models; the recurrent nets are built to beat it, not to be
 * told apart from it in a few validation windows. Auto chooses it per series on validation like any
 * other model, so a series where it does not win keeps its classical forecast.
 */
export const AUTO_NETWORK: NetworkModelId = 'mlp';

/** The network a run trains first: the chosen one, Auto's when opted in, or none. */
export function runNetworkOf(settings: { model: string; autoNeural: boolean }): NetworkModelId | null {
  if (isNetworkModelId(settings.model)) return settings.model;
  return settings.model === 'auto' && settings.autoNeural ? AUTO_NETWORK : null;
}

/** The settings the page offers, in the order it shows them. */
export const NEURAL_FIELDS = [
  'steps',
  'evaluateEvery',
  'patience',
  'learningRate',
  'batchSize',
  'lookback',
  'units',
  'layers',
  'seed',
] as const satisfies readonly (keyof NeuralSettings)[];
export type NeuralField = (typeof NEURAL_FIELDS)[number];

export function neuralSettingsOf(
  model: NetworkModelId,
  frequency: Frequency,
  changes: Partial<Pick<NeuralSettings, NeuralField>>,
): NeuralSettings {
  return { ...defaultNeuralSettings(frequency, ARCHITECTURE[model]), ...changes };
}
