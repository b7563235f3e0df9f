// One data set of the accuracy benchmark: our core and R's forecast package on the identical
// horizon holdout, both scored by the core's own metrics code.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCore } from './forecast-core-run.mjs';
import { loadDataset } from './forecast-datasets.mjs';
import { R_SCRIPT_DIR, readForecasts, runRscript, writeHistories } from './forecast-r.mjs';

/**
 * @typedef {import('./forecast-datasets.mjs').Frequency} Frequency
 * @typedef {import('./forecast-datasets.mjs').SeriesInput} SeriesInput
 * @typedef {import('./forecast-core-run.mjs').ForecastMetrics} ForecastMetrics
 * @typedef {import('./forecast-core-run.mjs').CoreSeriesResult} CoreSeriesResult
 * @typedef {import('./forecast-r.mjs').RForecast} RForecast
 */

/**
 * One forecast over a data set's series: mean MASE and sMAPE over series, pooled WAPE, mean 80%
 * coverage over series (NaN when no series had an interval).
 * @typedef {{ series: number, mase: number, smape: number, wape: number, coverage: number }} SummaryLine
 * @typedef {SummaryLine & { failures: number }} MethodLine a summary line and the series the method failed on
 */

/**
 * What benchmarkDataset measured on one data set.
 * @typedef {object} DatasetResult
 * @property {import('./forecast-datasets.mjs').DatasetSpec} spec
 * @property {Frequency} frequency
 * @property {number} seasonLength
 * @property {number} seriesCount
 * @property {number} scored series with a last-horizon test window
 * @property {string[]} skipped why each other series was left out
 * @property {string[]} extraIds core models that the app's list lacks
 * @property {Map<string, MethodLine>} ours our models, by id
 * @property {SummaryLine} auto
 * @property {Map<string, MethodLine>} r R's methods, by name
 * @property {Map<string, number>} choices how often Auto chose each export model
 * @property {number} coreSeconds
 * @property {number} rSeconds R's wall time (the cached run's when R's forecasts were cached)
 */

/**
 * R methods per frequency: stlf only where there is a season worth decomposing beyond ets' reach.
 * @param {Frequency} frequency
 */
export function rMethodsFor(frequency) {
  const methods = ['ets', 'arima', 'theta', 'snaive', 'croston'];
  return frequency === 'daily' || frequency === 'weekly' ? [...methods, 'stlf'] : methods;
}

const R_CORES = 2;

/**
 * R's forecasts only change when what R is given changes: the training histories (which fix the data
 * file, the cleaning, the split and the horizon), the script, and its arguments. They are cached in
 * bench/.out/ under a hash of all three, so re-running the suite only re-runs our side (R takes ~25 min).
 * @param {string} historiesFile
 * @param {string} script
 * @param {string[]} args
 */
function rCacheKey(historiesFile, script, args) {
  const hash = createHash('sha256');
  for (const part of [readFileSync(historiesFile), readFileSync(script), args.join('\0')])
    hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Runs R unless its forecasts for these inputs are cached; resolves with R's wall time (the cached run's).
 * @param {string} script
 * @param {string} historiesFile
 * @param {string[]} args
 * @param {string} forecastsFile
 * @param {(message: string) => void} log
 * @returns {Promise<number>}
 */
async function cachedRscript(script, historiesFile, args, forecastsFile, log) {
  const timeFile = `${forecastsFile}.seconds`;
  if (existsSync(forecastsFile) && existsSync(timeFile)) {
    log(`R: cached forecasts ${forecastsFile}`);
    return Number(readFileSync(timeFile, 'utf8'));
  }
  const partial = `${forecastsFile}.partial`;
  const seconds = await runRscript(script, [historiesFile, partial, ...args], log);
  renameSync(partial, forecastsFile); // only a finished run is cached
  writeFileSync(timeFile, String(seconds));
  return seconds;
}

/**
 * A summary line: mean MASE and sMAPE over series, pooled WAPE, mean 80% coverage over series.
 * @param {any} core
 * @param {{ test: ForecastMetrics | undefined, coverage: number }[]} scores
 * @returns {SummaryLine}
 */
function summarise(core, scores) {
  const tests = scores.map((score) => score.test).filter((test) => test !== undefined);
  const aggregate = core.aggregateMetrics(tests);
  const coverages = scores.map((score) => score.coverage).filter(Number.isFinite);
  return {
    series: tests.length,
    mase: aggregate.mase,
    smape: aggregate.smape,
    wape: aggregate.wape,
    coverage: coverages.length === 0 ? NaN : coverages.reduce((a, b) => a + b, 0) / coverages.length,
  };
}

/**
 * Scores R's forecast of one series with the core's metrics and the same MASE scale our models got.
 * @param {any} core
 * @param {SeriesInput} input
 * @param {CoreSeriesResult} result our result on the same series
 * @param {RForecast} forecast
 * @param {number} horizon
 * @param {number} seasonLength
 * @returns {{ test: ForecastMetrics, coverage: number }}
 */
function scoreR(core, input, result, forecast, horizon, seasonLength) {
  const { trainLength, scale } = result;
  const actual = input.y.subarray(trainLength, trainLength + horizon);
  // Sales cannot be negative: R's output is clipped at 0 as ours is (this can only help R).
  const clip = (/** @type {Float64Array} */ values) => values.map((value) => Math.max(0, value));
  const test = core.computeMetrics(
    actual,
    clip(forecast.mean),
    input.y.subarray(0, trainLength),
    seasonLength,
    scale,
  );
  const { covered, count } = core.intervalCoverage(actual, clip(forecast.lo80), clip(forecast.hi80));
  const hasInterval = forecast.lo80.some(Number.isFinite);
  return { test, coverage: hasInterval && count > 0 ? covered / count : NaN };
}

/**
 * @param {any} core
 * @param {import('./forecast-datasets.mjs').DatasetSpec} spec
 * @param {{ repoRoot: string, outDir: string, dataDir: string, log: (message: string) => void }} options
 * @returns {Promise<DatasetResult>}
 */
export async function benchmarkDataset(core, spec, options) {
  const { log } = options;
  const data = loadDataset(core, options.dataDir, spec);
  const { horizon } = spec;
  const workDir = join(options.outDir, 'forecast-accuracy');
  mkdirSync(workDir, { recursive: true });
  const historiesFile = join(workDir, `${spec.name}-train.csv`);
  // R trains on exactly what our test forecast is fitted on: every period before the last horizon.
  writeHistories(
    historiesFile,
    data.inputs.map((input) => input.y),
    data.inputs.map((input) => input.y.length - horizon),
  );
  const rMethods = rMethodsFor(data.frequency);
  const script = join(R_SCRIPT_DIR(options.repoRoot), 'forecast-accuracy.R');
  const rArgs = [String(horizon), String(data.seasonLength), rMethods.join(','), String(R_CORES)];
  const forecastsFile = join(workDir, `${spec.name}-r-${rCacheKey(historiesFile, script, rArgs)}.csv`);
  log(
    `${spec.name}: ${data.inputs.length} ${data.frequency} series, h=${horizon}; R (${rMethods.join(', ')}) runs alongside our core`,
  );
  const rRun = cachedRscript(script, historiesFile, rArgs, forecastsFile, log);
  const step = Math.max(1, Math.floor(data.inputs.length / 5));
  const coreRun = runCore(core, data, horizon, (done) => {
    if (done % step === 0) log(`${spec.name}: core ${done}/${data.inputs.length}`);
  });
  const rSeconds = await rRun;
  const rForecasts = readForecasts(forecastsFile, horizon);

  /** @type {Map<string, MethodLine>} */
  const ours = new Map();
  const modelIds = new Set(coreRun.results.flatMap((result) => [...result.models.keys()]));
  for (const id of modelIds) {
    const scores = coreRun.results.flatMap((result) => {
      const score = result.models.get(id);
      return score === undefined || score.error !== undefined ? [] : [score];
    });
    const failures = coreRun.results.filter((result) => result.models.get(id)?.error !== undefined).length;
    ours.set(id, { ...summarise(core, scores), failures });
  }
  const autoScores = coreRun.results.flatMap((result) => (result.auto === null ? [] : [result.auto]));
  const auto = summarise(core, autoScores);

  /** @type {Map<string, MethodLine>} */
  const r = new Map();
  for (const method of rMethods) {
    const bySeries = rForecasts.get(method) ?? new Map();
    /** @type {{ test: ForecastMetrics, coverage: number }[]} */
    const scores = [];
    let failures = 0;
    for (const result of coreRun.results) {
      const forecast = bySeries.get(result.index);
      if (forecast === undefined) throw new Error(`R gave no ${method} forecast for series ${result.index}`);
      if (forecast.failed) failures++;
      // result.index is the index of one of data.inputs.
      scores.push(
        scoreR(
          core,
          /** @type {SeriesInput} */ (data.inputs[result.index]),
          result,
          forecast,
          horizon,
          data.seasonLength,
        ),
      );
    }
    r.set(method, { ...summarise(core, scores), failures });
  }

  /** @type {Map<string, number>} */
  const choices = new Map();
  for (const result of coreRun.results) choices.set(result.choice, (choices.get(result.choice) ?? 0) + 1);
  return {
    spec,
    frequency: data.frequency,
    seasonLength: data.seasonLength,
    seriesCount: data.inputs.length,
    scored: coreRun.results.length,
    skipped: coreRun.skipped,
    extraIds: coreRun.extraIds,
    ours,
    auto,
    r,
    choices,
    coreSeconds: coreRun.seconds,
    rSeconds,
  };
}
