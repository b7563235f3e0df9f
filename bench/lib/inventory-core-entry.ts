/**
 * What the inventory benchmark takes from the app's TypeScript: the data step (CSV → Dataset, as the
 * forecast benchmarks load it), the forecasters, the forecast worker's per-series evaluation (for the
 * planning-speed run), and the inventory engine with its order export.
 * Bundled for Node by bench/lib/inventory-core-bundle.mjs.
 */
export { readDelimitedText } from '../../src/core/dataset/delimited-reader';
export { guessMapping } from '../../src/core/dataset/roles';
export { deriveDataset } from '../../src/core/dataset/derive';
export { buildSeriesInput } from '../../src/core/forecast/series-input';
export { SEASON_LENGTH } from '../../src/core/forecast/types';
export { localForecaster } from '../../src/core/forecast/local-forecasters';
export { classifyDemand } from '../../src/core/forecast/models/intermittent';
export { simulate, SIM, SIM_SLOTS } from '../../src/core/inventory/simulate';
export { arrivalDelays } from '../../src/core/inventory/lead-time-draws';
export { normalQuantile } from '../../src/core/metrics/normal';
export { planSeries } from '../../src/core/inventory/plan';
export { seriesDemandProvider } from '../../src/core/inventory/series-provider';
export { forecastDemandProvider } from '../../src/core/inventory/forecast-provider';
export { distributionHorizon } from '../../src/core/inventory/protection';
export { resolveSettings, unitCosts, PERIODS_PER_YEAR } from '../../src/core/inventory/settings';
export { writeOrderCsv } from '../../src/core/export/order-csv';
export { seriesPrefix } from '../../src/core/inventory/series-prefix';
export { mulberry32 } from '../../src/core/metrics/seeded-random';
export { evaluateTask } from '../../src/workers/forecast-evaluation';
export { DEFAULT_SETTINGS, runSettingsOf } from '../../src/features/forecast/forecast-settings';
export { pendingInput, pendingInputs, runProvider } from '../../src/core/inventory/run-inputs';
export { abcClassesOf, planClassifiedSeries } from '../../src/core/inventory/plan';
