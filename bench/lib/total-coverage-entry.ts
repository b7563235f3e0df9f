/**
 * What bench/total-coverage.mjs takes from the app's TypeScript: the data core, the forecast as the
 * pool worker runs it, the run's calibration, and the total's distribution.
 */
export { readDelimitedText } from '../../src/core/dataset/delimited-reader';
export { guessMapping } from '../../src/core/dataset/roles';
export { deriveDataset } from '../../src/core/dataset/derive';
export { buildSeriesInput } from '../../src/core/forecast/series-input';
export { evaluateSeries } from '../../src/core/forecast/evaluate';
export { planModels, evaluationSettings } from '../../src/workers/forecast-evaluation';
export { createCollector, collectSeries } from '../../src/workers/forecast-recalibration';
export { addSeriesTotalErrors, calibrateRun } from '../../src/core/forecast/run-calibration';
export { forecastDistribution } from '../../src/core/forecast/distribution';
export { totalDistribution } from '../../src/core/forecast/total-distribution';
export { DEFAULT_SETTINGS, runSettingsOf } from '../../src/features/forecast/forecast-settings';
