/** The model settings a user can change, their defaults, and the run settings they become. */
import type { Frequency } from '../../core/dataset/types';
import { isModelId, runModels } from '../../core/forecast/model-registry';
import { runFingerprint } from '../../core/forecast/run-fingerprint';
import type { Dataset } from '../../core/dataset/types';
import { DEFAULT_SPLIT, type SplitSettings } from '../../core/forecast/split';
import type { RankingMetric } from '../../core/metrics/forecast-metrics';
import type { NeuralSettings } from '../../core/neural/settings';
import type { ModelChoice, RunSettings } from '../../workers/forecast-protocol';
import type { BackendChoice } from '../../workers/train-protocol';
import { runNetworkOf, type NeuralField } from './neural-settings';

export interface ForecastSettings {
  /** Null until the user types one: the default for the data's frequency applies. */
  horizon: number | null;
  model: ModelChoice;
  split: SplitSettings;
  /**
   * Central band shown in the chart, the coverage figure and the copy, e.g. 0.8 (one of
   * BAND_LEVELS). Read from the run's stored distribution: changing it needs no re-run.
   */
  level: number;
  /** Minutes after which Auto stops fitting the expensive models (ARIMA, STL) on further series. */
  budgetMinutes: number;
  metric: RankingMetric;
  /** Network settings the user changed (the rest are the core's defaults, see neural-settings.ts). */
  neural: Partial<Pick<NeuralSettings, NeuralField>>;
  /** The tfjs backend to train on; 'auto' lets the training worker choose. */
  backend: BackendChoice;
  /** Auto also trains AUTO_NETWORK and may choose it (off by default: Auto stays fast). */
  autoNeural: boolean;
}

export const DEFAULT_HORIZON: Record<Frequency, number> = { daily: 28, weekly: 8, monthly: 12, quarterly: 4 };

export const DEFAULT_SETTINGS: ForecastSettings = {
  horizon: null,
  model: 'auto',
  split: DEFAULT_SPLIT,
  level: 0.8,
  budgetMinutes: 2,
  metric: 'mase',
  neural: {},
  backend: 'auto',
  autoNeural: false,
};

/** Same data and settings give the same numbers. */
const RUN_SEED = 20_240_101;

export const MAX_HORIZON = 1000;

export function effectiveHorizon(settings: ForecastSettings, frequency: Frequency): number {
  const horizon = settings.horizon;
  if (horizon === null || !Number.isFinite(horizon)) return DEFAULT_HORIZON[frequency];
  return Math.min(MAX_HORIZON, Math.max(1, Math.round(horizon)));
}

/**
 * What a run is started with; the budget becomes a wall-clock deadline from `startedAt`, and the
 * run's models are the choice's (with Auto's network when the user added it).
 */
export function runSettingsOf(
  settings: ForecastSettings,
  frequency: Frequency,
  startedAt: number,
): RunSettings {
  const budgetMs = settings.budgetMinutes * 60_000;
  return {
    horizon: effectiveHorizon(settings, frequency),
    model: settings.model,
    models: runModels(settings.model, runNetworkOf(settings)),
    split: settings.split,
    metric: settings.metric,
    seed: RUN_SEED,
    expensiveUntil: Number.isFinite(budgetMs) && budgetMs >= 0 ? startedAt + budgetMs : Infinity,
  };
}

/**
 * The model a setting may hold: `auto` or a registry id. Any other value (a setting saved by an
 * older version, a model since removed) becomes `auto`, and `fallbackFrom` keeps what was asked for,
 * so the page can say so (ModelFallbackNote) instead of showing one model while running another.
 */
export function settleModel(model: string): { model: ModelChoice; fallbackFrom: string | null } {
  return model === 'auto' || isModelId(model)
    ? { model, fallbackFrom: null }
    : { model: 'auto', fallbackFrom: model };
}

/**
 * The fingerprint a run on this data with these settings gets (core/forecast/run-fingerprint.ts):
 * every setting that changes the numbers, not the Interval level, which only redraws.
 */
export function fingerprintOf(dataset: Dataset, settings: ForecastSettings): string {
  const { level: _level, ...numbers } = settings;
  return runFingerprint(dataset, { ...numbers, horizon: effectiveHorizon(settings, dataset.frequency) });
}
