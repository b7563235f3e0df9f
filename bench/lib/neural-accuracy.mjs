// One data set of the neural accuracy benchmark: each global network (core/neural's
// trainGlobalModel, the training worker's own code, on tfjs's CPU backend in Node), the classical
// models as the forecast worker runs them (runCore) and R's forecast::nnetar with the mapped
// covariates as xreg, all on the accuracy bench's horizon holdout and scored by the core's metrics.
// Each result is cached in bench/.out/neural-accuracy/ (a network's training is the slow part), so
// a later run only computes what is missing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCore } from './forecast-core-run.mjs';
import { loadDataset } from './forecast-datasets.mjs';
import { R_SCRIPT_DIR, readForecasts, runRscript } from './forecast-r.mjs';

/**
 * @typedef {import('./forecast-datasets.mjs').SeriesInput} SeriesInput
 * @typedef {import('./forecast-core-run.mjs').CoreSeriesResult} CoreSeriesResult
 * @typedef {{ mase: number, series: number }} Score mean MASE over the scored series
 * @typedef {Score & { seconds: number, stepsRun: number, bestStep: number, stoppedBy: string }} NetworkScore
 * @typedef {object} NeuralAccuracy
 * @property {number} seriesTotal series in the data set
 * @property {number[]} subset indices of the series used (all of them when not capped)
 * @property {string} frequency
 * @property {Record<string, Score>} classical our classical models by id, and `auto`
 * @property {Record<string, NetworkScore>} networks by architecture
 * @property {Score & { failed: number, seconds: number } | null} nnetar
 */

export const HOLDOUT_SPLIT = { kind: 'holdout', validationHorizons: 1 };
const R_CORES = 2;

/**
 * Evenly spaced series, so a capped set still spans the file's stores/items/states.
 * @param {number} total @param {number} cap
 */
export function evenSubset(total, cap) {
  if (total <= cap) return Array.from({ length: total }, (_, i) => i);
  return Array.from({ length: cap }, (_, i) => Math.floor((i * total) / cap));
}

/** @param {string} file @param {() => Promise<any>} compute */
async function cached(file, compute) {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const value = await compute();
  writeFileSync(`${file}.partial`, JSON.stringify(value));
  renameSync(`${file}.partial`, file);
  return value;
}

/** @param {unknown[]} parts */
const keyOf = (...parts) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);

/** @param {number[]} values */
const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * MASE of one test forecast, scored as the accuracy bench scores R's (clipped at 0, our scale).
 * @param {any} core @param {SeriesInput} input @param {CoreSeriesResult} result
 * @param {Float64Array} forecast @param {number} horizon @param {number} seasonLength
 */
function testMase(core, input, result, forecast, horizon, seasonLength) {
  const { trainLength, scale } = result;
  const actual = input.y.subarray(trainLength, trainLength + horizon);
  const clipped = forecast.map((value) => Math.max(0, value));
  return core.computeMetrics(actual, clipped, input.y.subarray(0, trainLength), seasonLength, scale).mase;
}

/**
 * The covariates as numeric xreg columns for R (categorical → one column per category), over the
 * history and the h periods after `length`.
 * @param {SeriesInput} input @param {number} length
 * @returns {number[][]} per column, its values
 */
function xregColumns(input, length) {
  /** @type {number[][]} */
  const columns = [];
  for (const covariate of input.covariates) {
    const values = Array.from(covariate.values.subarray(0, length));
    if (covariate.kind !== 'categorical') {
      columns.push(values);
      continue;
    }
    const codes = new Set(values.filter(Number.isFinite));
    for (const code of codes) columns.push(values.map((value) => (value === code ? 1 : 0)));
  }
  return columns;
}

/**
 * Writes nnetar's input: per series its training history then h future rows (y = NA), with xreg.
 * @param {string} file @param {SeriesInput[]} inputs @param {CoreSeriesResult[]} results @param {number} horizon
 */
function writeNnetarInput(file, inputs, results, horizon) {
  const perSeries = results.map((result) => {
    const input = /** @type {SeriesInput} */ (inputs[result.index]);
    const length = result.trainLength + horizon;
    return { result, input, columns: xregColumns(input, length), length };
  });
  const width = Math.max(0, ...perSeries.map((s) => s.columns.length));
  const header = ['series', 'y', ...Array.from({ length: width }, (_, k) => `x${k + 1}`)];
  const lines = [header.join(',')];
  for (const { result, input, columns, length } of perSeries) {
    for (let t = 0; t < length; t++) {
      const y = t < result.trainLength && Number.isFinite(input.y[t]) ? String(input.y[t]) : 'NA';
      const xs = Array.from({ length: width }, (_, k) => {
        const value = columns[k]?.[t];
        return value === undefined || !Number.isFinite(value) ? 'NA' : String(value);
      });
      lines.push([`s${result.index}`, y, ...xs].join(','));
    }
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * @param {any} core the bundle of bench/lib/neural-core-entry.ts
 * @param {import('./forecast-datasets.mjs').DatasetSpec} spec
 * @param {{ repoRoot: string, outDir: string, dataDir: string, seriesCap: number, stepsCap: number | null,
 *   architectures: string[], cachedOnly?: boolean, log: (message: string) => void }} options
 * `cachedOnly`: report only the networks (and nnetar) already run and cached (a report assembled from runs
 * made side by side); the others are left out of the result.
 * @returns {Promise<NeuralAccuracy>}
 */
export async function neuralAccuracy(core, spec, options) {
  const { log, seriesCap, stepsCap } = options;
  const workDir = join(options.outDir, 'neural-accuracy');
  mkdirSync(workDir, { recursive: true });
  const data = loadDataset(core, options.dataDir, spec);
  const subset = evenSubset(data.inputs.length, seriesCap);
  /** @type {SeriesInput[]} */
  const inputs = subset.map((index) => /** @type {SeriesInput} */ (data.inputs[index]));
  const { horizon } = spec;
  const tag = `${spec.name}-${subset.length}of${data.inputs.length}`;

  log(`${spec.name}: classical models on ${inputs.length} of ${data.inputs.length} series`);
  const coreRun = runCore(core, { frequency: data.frequency, inputs }, horizon, () => undefined);
  const { results } = coreRun;
  /** @param {(result: CoreSeriesResult) => number} maseOf */
  const scoreOver = (maseOf) => {
    const values = results.map(maseOf).filter(Number.isFinite);
    return { mase: mean(values), series: values.length };
  };
  /** @type {Record<string, Score>} */
  const classical = {};
  const ids = new Set(results.flatMap((result) => [...result.models.keys()]));
  for (const id of ids) {
    classical[id] = scoreOver((result) => {
      const scored = result.models.get(id);
      return scored?.error === undefined && scored?.test ? scored.test.mase : NaN;
    });
  }
  classical.auto = scoreOver((result) => result.auto?.test?.mase ?? NaN);

  // nnetar runs in R beside the networks (a child process), as R runs beside the core elsewhere.
  const nnetarInput = join(workDir, `${tag}-nnetar-input.csv`);
  writeNnetarInput(nnetarInput, inputs, results, horizon);
  const script = join(R_SCRIPT_DIR(options.repoRoot), 'neural-nnetar.R');
  const nnetarKey = keyOf(readFileSync(nnetarInput, 'utf8'), readFileSync(script, 'utf8'));
  const nnetarFile = join(workDir, `${tag}-nnetar-${nnetarKey}.json`);
  const skipNnetar = options.cachedOnly === true && !existsSync(nnetarFile);
  const nnetarRun = skipNnetar
    ? Promise.resolve(null)
    : cached(nnetarFile, async () => {
        const out = join(workDir, `${tag}-nnetar-${nnetarKey}.csv`);
        const args = [nnetarInput, out, String(horizon), String(data.seasonLength), String(R_CORES)];
        const seconds = await runRscript(script, args, log);
        const bySeries = readForecasts(out, horizon).get('nnetar') ?? new Map();
        const score = scoreOver((result) => {
          const forecast = bySeries.get(result.index);
          if (!forecast) throw new Error(`nnetar gave no forecast for series ${result.index}`);
          return testMase(
            core,
            /** @type {SeriesInput} */ (inputs[result.index]),
            result,
            forecast.mean,
            horizon,
            data.seasonLength,
          );
        });
        const failed = [...bySeries.values()].filter((forecast) => forecast.failed).length;
        return { ...score, failed, seconds };
      });

  /** @type {Record<string, NetworkScore>} */
  const networks = {};
  for (const architecture of options.architectures) {
    const defaults = core.defaultNeuralSettings(data.frequency, architecture);
    const settings =
      stepsCap === null ? defaults : { ...defaults, steps: Math.min(defaults.steps, stepsCap) };
    const file = join(workDir, `${tag}-${architecture}-${keyOf(settings, core.SEASON_LENGTH)}.json`);
    if (options.cachedOnly && !existsSync(file)) continue;
    networks[architecture] = await cached(file, async () => {
      log(`${spec.name}: ${architecture} (${settings.steps} steps at most)`);
      // The test forecast comes from the network evaluated on the train/validation parts; the
      // retraining on all history only replaces the forecast after the history, so it is skipped.
      const stop = { cancelled: false };
      const started = performance.now();
      const outcome = await core.trainGlobalModel(
        { series: inputs, horizon, split: HOLDOUT_SPLIT, settings },
        {
          cancel: stop,
          yieldControl: () => Promise.resolve(),
          onProgress: (/** @type {string} */ phase) => {
            if (phase === 'retraining') stop.cancelled = true;
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      if (outcome.model) core.disposeNeuralModel(outcome.model);
      const forecasts = outcome.forecasts;
      if (forecasts === null) throw new Error(`${architecture} on ${spec.name}: no forecasts`);
      const score = scoreOver((result) => {
        const { origins, values } = forecasts[result.index];
        const at = origins.indexOf(result.trainLength);
        if (at < 0) return NaN;
        const forecast = values.slice(at * horizon, (at + 1) * horizon);
        return testMase(
          core,
          /** @type {SeriesInput} */ (inputs[result.index]),
          result,
          forecast,
          horizon,
          data.seasonLength,
        );
      });
      const { stepsRun, bestStep, stoppedBy } = outcome.evaluation;
      log(
        `${spec.name}: ${architecture} MASE ${score.mase.toFixed(3)}, ${stepsRun} steps (${stoppedBy}), ${seconds.toFixed(0)} s`,
      );
      return { ...score, seconds, stepsRun, bestStep, stoppedBy };
    });
  }
  return {
    seriesTotal: data.inputs.length,
    subset,
    frequency: data.frequency,
    classical,
    networks,
    nnetar: await nnetarRun,
  };
}
