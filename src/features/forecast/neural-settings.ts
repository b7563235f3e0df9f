/**
 * The network settings a run trains with: the core's defaults for the data's frequency and the
 * chosen architecture, under what the user changed. Reads core/neural/settings only, which has no
 * tfjs in it: tfjs loads in the training worker alone.
 */
import type { Frequency } from '../../core/dataset/types';
import type { NetworkModelId } from '../../core/forecast/model-registry';
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
