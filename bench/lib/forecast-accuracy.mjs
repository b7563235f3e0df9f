// One data set of the accuracy benchmark: our core and R's forecast package on the identical
// horizon holdout, both scored by the core's own metrics code.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCore } from './forecast-core-run.mjs';
import { loadDataset } from './forecast-datasets.mjs';
import { R_SCRIPT_DIR, readForecasts, runRscript, writeHistories } from './forecast-r.mjs';

/** R methods per frequency: stlf only where there is a season worth decomposing beyond ets' reach. */
export function rMethodsFor(frequency) {
  const methods = ['ets', 'arima', 'theta', 'snaive', 'croston'];
  return frequency === 'daily' || frequency === 'weekly' ? [...methods, 'stlf'] : methods;
}

const R_CORES = 2;

/**
 * R's forecasts only change when what R is given changes: the training histories (which fix the data
 * file, the cleaning, the split and the horizon), the script, and its arguments. They are cached in
 * bench/.out/ under a hash of all three, so re-running the suite only re-runs our side (R takes ~25 min).
 */
function rCacheKey(historiesFile, script, args) {
  const hash = createHash('sha256');
  for (const part of [readFileSync(historiesFile), readFileSync(script), args.join('\0')])
    hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Runs R unless its forecasts for these inputs are cached; resolves with R's wall time (the cached run's). */
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
 * @param {{ test: any, coverage: number }[]} scores
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

/** Scores R's forecast of one series with the core's metrics and the same MASE scale our models got. */
function scoreR(core, input, result, forecast, horizon, seasonLength) {
  const { trainLength, scale } = result;
  const actual = input.y.subarray(trainLength, trainLength + horizon);
  // Sales cannot be negative: R's output is clipped at 0 as ours is (this can only help R).
  const clip = (values) => values.map((value) => Math.max(0, value));
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

  const r = new Map();
  for (const method of rMethods) {
    const bySeries = rForecasts.get(method) ?? new Map();
    const scores = [];
    let failures = 0;
    for (const result of coreRun.results) {
      const forecast = bySeries.get(result.index);
      if (forecast === undefined) throw new Error(`R gave no ${method} forecast for series ${result.index}`);
      if (forecast.failed) failures++;
      scores.push(scoreR(core, data.inputs[result.index], result, forecast, horizon, data.seasonLength));
    }
    r.set(method, { ...summarise(core, scores), failures });
  }

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
