/**
 * What the forecast benchmarks take from the app's TypeScript: the data step (CSV → Dataset), the
 * forecast step as the forecast worker runs it (model plan + evaluateSeries), and the metrics code,
 * so R's forecasts are scored by exactly the code that scores ours. Bundled for Node by
 * bench/lib/forecast-core-bundle.mjs.
 */
export { readDelimitedText } from '../../src/core/dataset/delimited-reader';
export { guessMapping } from '../../src/core/dataset/roles';
export { deriveDataset } from '../../src/core/dataset/derive';
export { buildSeriesInput } from '../../src/core/forecast/series-input';
export { evaluateSeries } from '../../src/core/forecast/evaluate';
export { SEASON_LENGTH } from '../../src/core/forecast/types';
export { computeMetrics, aggregateMetrics } from '../../src/core/metrics/forecast-metrics';
export { intervalCoverage } from '../../src/core/forecast/intervals';
export { planModels, evaluationSettings } from '../../src/workers/forecast-evaluation';
export { LOCAL_FORECASTERS } from '../../src/core/forecast/local-forecasters';
export { fitPooledOnSeries } from '../../src/core/forecast/pooled/pooled-fit';
export { createCollector, collectSeries, recalibrate } from '../../src/workers/forecast-recalibration';
export { runScoreLayout } from '../../src/workers/forecast-protocol';
export { runModels } from '../../src/core/forecast/model-registry';
export {
  calibrateRun,
  createCatalogueErrors,
  mergeCatalogueErrors,
} from '../../src/core/forecast/run-calibration';
export { BAND_LEVELS } from '../../src/core/forecast/quantile-grid';
export { etsForecaster } from '../../src/core/forecast/models/ets/ets';
export { thetaForecaster } from '../../src/core/forecast/models/theta';
export { stlForecaster } from '../../src/core/forecast/models/stl/stl-forecaster';
export { DEFAULT_SETTINGS, runSettingsOf } from '../../src/features/forecast/forecast-settings';
export { classifyDemand } from '../../src/core/forecast/models/intermittent';
