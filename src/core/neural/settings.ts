/**
 * Settings of the global neural forecasters: their defaults, and a one-line explanation of each
 * the UI can show next to the control.
 */
import type { Frequency } from '../dataset/types';

export type NeuralArchitecture = 'mlp' | 'rnn' | 'lstm' | 'gru' | 'tcn';
export type NeuralLoss = 'mae' | 'mse' | 'huber';
export type NeuralOptimizer = 'adam' | 'sgd' | 'rmsprop';

export interface NeuralSettings {
  architecture: NeuralArchitecture;
  /** Past periods of each window the network sees. */
  lookback: number;
  units: number;
  layers: number;
  dropout: number;
  learningRate: number;
  batchSize: number;
  /** Mini-batches to train on (not passes over the data, so any number of series stays trainable). */
  steps: number;
  /** Training steps between two validation evaluations. */
  evaluateEvery: number;
  loss: NeuralLoss;
  optimizer: NeuralOptimizer;
  /** Evaluations without a better validation loss before training stops. */
  patience: number;
  seed: number;
  /** Series identity as an input (one-hot columns through a small dense layer). */
  seriesIdentity: boolean;
}

export const ARCHITECTURE_LABELS: Record<NeuralArchitecture, string> = {
  mlp: 'MLP (dense baseline)',
  rnn: 'Simple RNN',
  lstm: 'LSTM',
  gru: 'GRU',
  tcn: 'CNN (temporal convolution)',
};

/**
 * Lookbacks short enough for recurrent cells to train quickly in a browser, long enough to see a
 * week of days, half a year of weeks, two years of months or three of quarters. A season longer
 * than the lookback (a year of weeks) reaches the network through each horizon step's last-season
 * sales (seasonal-lag.ts) and the calendar features.
 */
const DEFAULT_LOOKBACK: Record<Frequency, number> = { daily: 28, weekly: 26, monthly: 24, quarterly: 12 };

export function defaultNeuralSettings(
  frequency: Frequency,
  architecture: NeuralArchitecture = 'gru',
): NeuralSettings {
  return {
    architecture,
    lookback: DEFAULT_LOOKBACK[frequency],
    units: 32,
    layers: architecture === 'tcn' ? 3 : 1,
    dropout: 0.1,
    learningRate: 0.003,
    batchSize: 64,
    steps: 2000,
    evaluateEvery: 50,
    loss: 'mae',
    optimizer: 'adam',
    patience: 8,
    seed: 1,
    seriesIdentity: true,
  };
}

export interface NumericSettingInfo {
  kind: 'number';
  label: string;
  help: string;
  min: number;
  max: number;
  integer: boolean;
}

export interface ChoiceSettingInfo<T extends string> {
  kind: 'choice';
  label: string;
  help: string;
  options: { value: T; label: string }[];
}

export interface BooleanSettingInfo {
  kind: 'boolean';
  label: string;
  help: string;
}

type SettingInfo<T> = [T] extends [string]
  ? ChoiceSettingInfo<T>
  : [T] extends [boolean]
    ? BooleanSettingInfo
    : NumericSettingInfo;

/** Keyed by setting: the UI shows `label`, explains with `help`, and bounds inputs with min/max. */
export const NEURAL_SETTING_INFO: { [K in keyof NeuralSettings]: SettingInfo<NeuralSettings[K]> } = {
  architecture: {
    kind: 'choice',
    label: 'Network',
    help: 'How the network reads the past: dense layers, a recurrent cell (RNN, LSTM, GRU) or causal convolutions.',
    options: (Object.keys(ARCHITECTURE_LABELS) as NeuralArchitecture[]).map((value) => ({
      value,
      label: ARCHITECTURE_LABELS[value],
    })),
  },
  lookback: {
    kind: 'number',
    label: 'Lookback',
    help: 'How many past periods each forecast looks at; longer sees more seasonality but trains slower.',
    min: 2,
    max: 400,
    integer: true,
  },
  units: {
    kind: 'number',
    label: 'Units',
    help: 'Width of each layer; more units can learn more patterns but overfit small data sooner.',
    min: 2,
    max: 512,
    integer: true,
  },
  layers: {
    kind: 'number',
    label: 'Layers',
    help: 'Stacked layers (residual blocks for the CNN, each doubling how far back it reaches).',
    min: 1,
    max: 8,
    integer: true,
  },
  dropout: {
    kind: 'number',
    label: 'Dropout',
    help: 'Share of features dropped at random while training, to keep the network from memorising.',
    min: 0,
    max: 0.8,
    integer: false,
  },
  learningRate: {
    kind: 'number',
    label: 'Learning rate',
    help: 'Size of each weight update; too high makes training jumpy, too low makes it slow.',
    min: 1e-5,
    max: 1,
    integer: false,
  },
  batchSize: {
    kind: 'number',
    label: 'Batch size',
    help: 'Windows per training step, drawn at random across all series and dates.',
    min: 1,
    max: 4096,
    integer: true,
  },
  steps: {
    kind: 'number',
    label: 'Training steps',
    help: 'Most mini-batches to train on; early stopping usually ends training sooner.',
    min: 1,
    max: 1_000_000,
    integer: true,
  },
  evaluateEvery: {
    kind: 'number',
    label: 'Evaluate every',
    help: 'Training steps between two checks of the validation loss.',
    min: 1,
    max: 100_000,
    integer: true,
  },
  loss: {
    kind: 'choice',
    label: 'Loss',
    help: 'What training minimises: absolute errors (robust), squared errors (punishes big misses) or Huber (between).',
    options: [
      { value: 'mae', label: 'Mean absolute error' },
      { value: 'mse', label: 'Mean squared error' },
      { value: 'huber', label: 'Huber' },
    ],
  },
  optimizer: {
    kind: 'choice',
    label: 'Optimiser',
    help: 'How weights are updated: Adam adapts step sizes and suits most data; SGD and RMSprop are simpler.',
    options: [
      { value: 'adam', label: 'Adam' },
      { value: 'sgd', label: 'SGD' },
      { value: 'rmsprop', label: 'RMSprop' },
    ],
  },
  patience: {
    kind: 'number',
    label: 'Early-stopping patience',
    help: 'Validation checks without improvement before training stops and the best weights are kept.',
    min: 1,
    max: 1000,
    integer: true,
  },
  seed: {
    kind: 'number',
    label: 'Random seed',
    help: 'Same seed, data and backend give the same network; change it to see how much results vary.',
    min: 0,
    max: 2 ** 31 - 1,
    integer: true,
  },
  seriesIdentity: {
    kind: 'boolean',
    label: 'Learn each series',
    help: 'Lets the network learn something specific to each series on top of what all series share.',
  },
};

/** Problems with the settings, in words (empty when they are fine). */
export function settingProblems(settings: NeuralSettings): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(NEURAL_SETTING_INFO) as (keyof NeuralSettings)[]) {
    const info = NEURAL_SETTING_INFO[key];
    const value = settings[key];
    if (info.kind !== 'number' || typeof value !== 'number') continue;
    if (!Number.isFinite(value) || value < info.min || value > info.max) {
      problems.push(`${info.label} must be between ${info.min} and ${info.max}.`);
    } else if (info.integer && !Number.isInteger(value)) {
      problems.push(`${info.label} must be a whole number.`);
    }
  }
  return problems;
}
