/**
 * What bench/interval-coverage.mjs takes from the app's TypeScript: the forecast core the accuracy
 * suite runs (forecast-core-entry.ts) and the run calibration's own pieces, so the coverage it
 * reports is read through the very code that draws the app's bands (docs/architecture.md, "The
 * stored forecast distribution").
 */
export * from './forecast-core-entry';
export { addSeriesErrors, sourceCalibration } from '../../src/core/forecast/run-calibration';
export { gridOffset } from '../../src/core/forecast/quantile-grid';
export { evaluationPlan } from '../../src/core/forecast/split';
