// The real data sets of the accuracy benchmark, loaded the way the app loads them: the data core
// reads the CSV, guesses the mapping and derives the cleaned Dataset; each series is then cut out
// with the forecast core's buildSeriesInput.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ name: string, horizon: number, lastPeriods?: number }} DatasetSpec
 * `lastPeriods`: only the last this-many periods of history are used (by every method, ours and R's).
 */

/**
 * The core's own types (type-only: `core` itself is the untyped bundle).
 * @typedef {import('../../src/core/dataset/types').Frequency} Frequency
 * @typedef {import('../../src/core/forecast/types').SeriesInput} SeriesInput
 */

/**
 * A data set as the benchmark uses it: every series cut out of the cleaned Dataset.
 * @typedef {object} LoadedDataset
 * @property {Frequency} frequency
 * @property {number} seasonLength
 * @property {string[]} seriesIds
 * @property {SeriesInput[]} inputs one per series, in `seriesIds` order
 * @property {import('../../src/core/dataset/types').ColumnMapping} mapping
 */

/** @type {DatasetSpec[]} */
export const ACCURACY_DATASETS = [
  // Full M5 history is 1,819 days; R's auto.arima on it is too slow for a benchmark run, so everyone gets the last 730 days.
  { name: 'm5_subset_daily', horizon: 28, lastPeriods: 730 },
  { name: 'bakery_daily_items', horizon: 28 },
  { name: 'walmart_store_weekly', horizon: 8 },
  { name: 'walmart_store1_dept_weekly', horizon: 8 },
  { name: 'aus_retail_monthly', horizon: 12 },
];

/**
 * Keeps the last `periods` of history (and the future part) of a series input.
 * @param {SeriesInput} input
 * @param {number} periods
 * @returns {SeriesInput}
 */
function lastPeriodsOf(input, periods) {
  const start = Math.max(0, input.y.length - periods);
  return {
    ...input,
    y: input.y.slice(start),
    dates: input.dates.slice(start),
    covariates: input.covariates.map((covariate) => ({
      ...covariate,
      values: covariate.values.slice(start),
    })),
  };
}

/**
 * @param {any} core the bundled core (bench/lib/forecast-core-entry.ts)
 * @param {string} dataDir
 * @param {DatasetSpec} spec
 * @returns {LoadedDataset}
 */
export function loadDataset(core, dataDir, spec) {
  const fileName = `${spec.name}.csv`;
  const table = core.readDelimitedText(readFileSync(join(dataDir, fileName), 'utf8'), fileName);
  const mapping = core.guessMapping(table);
  const { dataset } = core.deriveDataset(table, mapping);
  const inputs = dataset.seriesIds.map((/** @type {string} */ _, /** @type {number} */ s) => {
    /** @type {SeriesInput} */
    const input = core.buildSeriesInput(dataset, s, spec.horizon);
    return spec.lastPeriods === undefined ? input : lastPeriodsOf(input, spec.lastPeriods);
  });
  return {
    frequency: dataset.frequency,
    seasonLength: core.SEASON_LENGTH[dataset.frequency],
    seriesIds: dataset.seriesIds,
    inputs,
    mapping,
  };
}
