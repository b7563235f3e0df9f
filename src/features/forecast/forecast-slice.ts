/**
 * The forecast step's slice of the app store: the model settings, and the run (in progress or
 * finished) with its streaming results. Each refresh (a few times a second at most) publishes a new
 * run with new, immutable results (core/forecast/run-results.ts) and a bumped `version`.
 */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../core/dataset/types';
import type { RunCalibration } from '../../core/forecast/run-calibration';
import type { RunResults } from '../../core/forecast/run-results';
import type { RunSettings } from '../../workers/forecast-protocol';
import type { InputImportance } from '../../core/neural/importance';
import type { BackendName, BackendReason, SavedModelInfo } from '../../workers/train-protocol';
import { DEFAULT_SETTINGS, settleModel, type ForecastSettings } from './forecast-settings';

export type RunStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** One point of the loss chart. */
export interface LossPoint {
  step: number;
  trainLoss: number;
  validationLoss?: number;
}

/**
 * The training of a global network before the pool scores it. Filled in place as steps stream in;
 * `version` bumps re-render it.
 */
export interface NeuralTraining {
  /** 'training' covers both stages (evaluation, then retraining on all history). */
  phase: 'training' | 'trained';
  /** Which training runs: on the train parts (the loss chart), or on all history for the future forecast. */
  stage: 'evaluation' | 'retraining';
  /** How the network came to be: trained now, continued from a saved one, or a saved one used as is. */
  source: 'trained' | 'warm-start' | 'saved';
  /** The saved model a warm start or a reuse began from. */
  from: SavedModelInfo | null;
  backend: BackendName | null;
  /** Why that backend (worded by the page: neural-words.ts); null until chosen. */
  reason: BackendReason | null;
  history: LossPoint[];
  totalSteps: number;
  /** Retraining on all history: its step and its number of steps (the evaluation's best step). */
  retraining: { step: number; totalSteps: number } | null;
  stepsPerSecond: number;
  samplesPerSecond: number;
  etaSeconds: number;
  /** Why training ended: 'steps', 'early-stopping', 'diverged', 'cancelled' (set once trained). */
  stoppedBy: string | null;
  bestStep: number | null;
  /** The user asked to stop: training ends after its step and keeps its best weights. */
  stopRequested: boolean;
  /** Which network forecast after the history (set once trained). */
  futureFrom: 'retrained' | 'evaluated' | null;
  /** Permutation importance of the input groups on the validation windows (set once trained). */
  importance: InputImportance[];
  /** The trained network as saved in this browser, or why saving failed. */
  saved: SavedModelInfo | null;
  saveError: string | null;
  /** Why training failed, in words, in an Auto run that went on without the network. */
  failure: string | null;
}

export interface ForecastRun {
  status: RunStatus;
  settings: RunSettings;
  /**
   * What the run's results depend on, hashed (fingerprintOf): a run is stale when the current data
   * and settings give another fingerprint.
   */
  fingerprint: string;
  /** The dataset the run was made on. */
  dataset: Dataset;
  results: RunResults;
  startedAt: number;
  endedAt: number | null;
  /** Why the run failed, in words. */
  error: string | null;
  /**
   * The intervals' calibration over the whole catalogue, set when the run finishes (null before,
   * and for cancelled runs, whose bands stay calibrated per series). With each series' stored
   * forecast it is the run's forecast distribution (core/forecast/distribution.ts).
   */
  calibration: RunCalibration | null;
  /** Set for a run of a neural model: its training. */
  neural: NeuralTraining | null;
  version: number;
}

export interface ForecastState {
  settings: ForecastSettings;
  run: ForecastRun | null;
  /** Series shown in the chart (index into the run's dataset). */
  selectedSeries: number;
  /** A model setting that named no model this version has (see settleModel); null otherwise. */
  modelFallbackFrom: string | null;
}

export interface ForecastSlice {
  forecast: ForecastState;
  updateForecast(patch: Partial<ForecastState>): void;
  /** `model` may name a model this version lacks (a remembered setting): it becomes Auto with a note. */
  updateForecastSettings(patch: Partial<Omit<ForecastSettings, 'model'>> & { model?: string }): void;
  /** Patches the current run (ignored when there is none). */
  updateForecastRun(patch: Partial<ForecastRun>): void;
}

export const INITIAL_FORECAST_STATE: ForecastState = {
  settings: DEFAULT_SETTINGS,
  run: null,
  selectedSeries: 0,
  modelFallbackFrom: null,
};

export const createForecastSlice: StateCreator<ForecastSlice, [], [], ForecastSlice> = (set) => ({
  forecast: INITIAL_FORECAST_STATE,
  updateForecast: (patch) => set((state) => ({ forecast: { ...state.forecast, ...patch } })),
  updateForecastSettings: (patch) =>
    set((state) => {
      const { model: asked, ...rest } = patch;
      if (asked === undefined) {
        return { forecast: { ...state.forecast, settings: { ...state.forecast.settings, ...rest } } };
      }
      const { model, fallbackFrom } = settleModel(asked);
      return {
        forecast: {
          ...state.forecast,
          settings: { ...state.forecast.settings, ...rest, model },
          modelFallbackFrom: fallbackFrom,
        },
      };
    }),
  updateForecastRun: (patch) =>
    set((state) =>
      state.forecast.run === null
        ? state
        : { forecast: { ...state.forecast, run: { ...state.forecast.run, ...patch } } },
    ),
});
