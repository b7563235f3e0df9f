/**
 * Public API of the global neural forecasters, for the training worker and the engine's
 * global-model path. Backend choice (tf.setBackend) is the caller's: nothing here picks one.
 *
 * The flow: parts = each series' SeriesSplit (trainEnd, validationEnd);
 * model = createNeuralModel(series, parts, horizon, settings);
 * result = await trainNeuralModel(model, buildWindowSet(series, parts, model.layout), { cancel, onProgress });
 * forecasts = await forecastSplitOrigins(model, series, splits);
 * await saveNeuralModel(model, 'indexeddb://…'); disposeNeuralModel(model) when done.
 */
export { survivingLoss } from './failover';
export type { Failover } from './failover';
export { dataFingerprint } from './fingerprint';
export { forecastAtOrigins, forecastSplitOrigins } from './forecast';
export type { OriginForecast, OriginRequest, SplitForecasts } from './forecast';
export { permutationImportance } from './importance';
export type { InputImportance } from './importance';
export type { InputLayout } from './input-layout';
export { createNeuralModel, disposeNeuralModel } from './model';
export type { NeuralModel } from './model';
export {
  loadNeuralModel,
  neuralModelArtifacts,
  neuralModelFromArtifacts,
  saveNeuralModel,
} from './serialize';
export type { SeriesParts } from './series-parts';
export { ARCHITECTURE_LABELS, NEURAL_SETTING_INFO, defaultNeuralSettings, settingProblems } from './settings';
export type { NeuralArchitecture, NeuralLoss, NeuralOptimizer, NeuralSettings } from './settings';
export { trainNeuralModel } from './train';
export type { StopReason, TrainOptions, TrainingProgress, TrainingResult } from './train';
export { buildWindowSet, trainingWindowCount } from './windows';
export type { WindowSet } from './windows';
export { forecastPlanOrigins, seriesPlans, timeTrainingStep, trainGlobalModel } from './global-forecasts';
export type {
  GlobalTrainingInput,
  GlobalTrainingOutcome,
  GlobalTrainOptions,
  TrainingPhase,
} from './global-forecasts';
