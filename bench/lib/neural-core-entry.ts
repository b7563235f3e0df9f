/**
 * What the neural accuracy benchmark takes from the app's TypeScript: everything the forecast
 * accuracy bench uses (data step, classical models as the forecast worker runs them, metrics) and
 * the global networks exactly as the training worker trains them (trainGlobalModel). Bundled for
 * Node by bench/lib/neural-core-bundle.mjs with tfjs left external, so the bench picks its backend.
 */
export * from './forecast-core-entry';
export { defaultNeuralSettings, trainGlobalModel, disposeNeuralModel } from '../../src/core/neural';
