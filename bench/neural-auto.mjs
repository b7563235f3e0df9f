// `node bench/neural-auto.mjs [--sets=a,b] [--network=mlp] [--backend=cpu|wasm] [--plan=given|none] [--validation-horizons=1] [--seed=1] [--reuse] [--trace] [--per-series]`: does letting Auto use a network
// help or hurt? (issue "Neural forecasters", Benchmarks: "Auto with neural models is no worse than Auto
// without them on any set"). For each of the accuracy suite's data sets (SHELFCAST_DATA, default
// ../shared/data), on every series and the suite's horizon holdout:
//   1. the network (Auto's own, the MLP, unless --network says otherwise) is trained with the app's
//      default settings by core/neural's trainGlobalModel (the training worker's function, on tfjs's
//      CPU backend or, with --backend=wasm, its WASM one, the app's usual choice on a machine without a
//      GPU), retraining on all history included, so it has a forecast at every origin of the split;
//   2. the forecast core runs every series twice as the forecast worker does (bench/lib/forecast-core-run.mjs):
//      once as Auto's default run, once with the network's forecasts handed in precomputed, as the app
//      does when the user ticks "let Auto use the MLP";
//   3. test MASE and 80 % coverage of both Autos, and of the network alone, are printed as a table.
// A set whose file has covariates is run twice: with the covariates that followed each origin given
// as a plan (as if the file had plan rows for them), and without (as the file is: the app then assumes
// each covariate's typical value over every horizon), so the table says what the models make of
// known future prices and promotions, and what they do without them.
// Trained forecasts are kept in bench/.out/neural-auto/ (--reuse reads them back).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { holdoutRunSettings, runCore } from './lib/forecast-core-run.mjs';
import { ACCURACY_DATASETS, loadDataset } from './lib/forecast-datasets.mjs';
import { bundleNeuralCore } from './lib/neural-core-bundle.mjs';
import { startNodeBackend } from './lib/node-tfjs-backend.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (/** @type {string} */ name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const sets = option('sets')?.split(',') ?? ACCURACY_DATASETS.map((spec) => spec.name);
const network = option('network') ?? 'mlp';
const architecture = network === 'cnn' ? 'tcn' : network;
const backend = option('backend') ?? 'cpu';
/**
 * The holdout's validation length in horizons. With 1 (the accuracy suite's split) a network has one
 * window to be judged on, too few for Auto to choose it (auto-candidates.ts: MIN_NETWORK_WINDOWS).
 */
const validationHorizons = Number(option('validation-horizons') ?? 1);
/** Only one of the two plan variants of a set with covariates (both by default). */
const planOnly = option('plan');
const reuse = process.argv.includes('--reuse');
/** --per-series: each series whose Auto changed with the network, on stderr. */
const perSeries = process.argv.includes('--per-series');
/** --trace: each validation check's losses on stderr (what early stopping saw). */
const trace = process.argv.includes('--trace');
/** @param {string} phase @param {{ step: number, trainLoss: number, validationLoss?: number }} progress */
const traceValidation = (phase, progress) => {
  if (progress.validationLoss === undefined) return;
  console.error(
    `${phase} step ${progress.step}: train ${progress.trainLoss.toFixed(4)}, validation ${progress.validationLoss.toFixed(4)}`,
  );
};
const dataDir = process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');
const outDir = join(repoRoot, 'bench', '.out');
const workDir = join(outDir, 'neural-auto');
mkdirSync(workDir, { recursive: true });
if (!existsSync(dataDir)) {
  console.error(`data folder ${dataDir} is missing (set SHELFCAST_DATA): nothing to measure`);
  process.exit(1);
}

await startNodeBackend(backend);
const core = await import(await bundleNeuralCore(repoRoot, outDir));
const load = () => (loadavg()[0] ?? NaN).toFixed(2);

/**
 * @typedef {import('../src/core/forecast/types').SeriesInput} SeriesInput
 * @typedef {{ origins: number[], values: number[] }} StoredForecasts
 */

/**
 * The series as a file with or without plan rows for its last `horizon` periods would give it. The
 * files end with their history, so every covariate is read as unplanned (`carriedForward`,
 * series-input.ts): AR-X, the pooled regression and the networks then assume its typical value over
 * every forecast horizon, at every origin. With the plan given the flag is dropped: the values that
 * really followed each origin are the plan, as they would be had the file carried them as plan rows.
 * @param {SeriesInput} input @param {boolean} planned
 * @returns {SeriesInput}
 */
function withPlan(input, planned) {
  return {
    ...input,
    covariates: input.covariates.map(({ carriedForward: _unplanned, ...covariate }) =>
      planned ? covariate : { ...covariate, carriedForward: true },
    ),
  };
}

/** @param {number[]} values */
const mean = (values) => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
};

/**
 * The network's forecasts at every origin of every series' plan, trained once (or read back).
 * @param {{ name: string }} spec @param {string} variant @param {string} frequency
 * @param {SeriesInput[]} inputs @param {number} horizon @param {object} split
 * @returns {Promise<{ forecasts: StoredForecasts[], seconds: number, stepsRun: number, bestStep: number, stoppedBy: string }>}
 */
async function trainedForecasts(spec, variant, frequency, inputs, horizon, split) {
  const defaults = core.defaultNeuralSettings(frequency, architecture);
  const settings = { ...defaults, seed: Number(option('seed') ?? defaults.seed) };
  const key = createHash('sha256')
    .update(JSON.stringify([settings, split, horizon, inputs.length, variant, backend]))
    .digest('hex')
    .slice(0, 12);
  const file = join(
    workDir,
    `${spec.name}-${variant.replace(' ', '-')}-v${validationHorizons}-${network}-${backend}-${key}.json`,
  );
  if (reuse && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const started = performance.now();
  const outcome = await core.trainGlobalModel(
    { series: inputs, horizon, split, settings },
    {
      yieldControl: () => Promise.resolve(),
      ...(trace ? { onProgress: traceValidation } : {}),
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (outcome.model) core.disposeNeuralModel(outcome.model);
  if (outcome.forecasts === null) throw new Error(`${network} on ${spec.name}: no forecasts`);
  const { stepsRun, bestStep, stoppedBy } = outcome.evaluation;
  const result = {
    forecasts: outcome.forecasts.map((/** @type {{ origins: Int32Array, values: Float64Array }} */ f) => ({
      origins: Array.from(f.origins),
      values: Array.from(f.values),
    })),
    seconds,
    stepsRun,
    bestStep,
    stoppedBy,
  };
  writeFileSync(file, JSON.stringify(result));
  return result;
}

/**
 * Test MASE and 80 % coverage means over the series both runs scored.
 * @param {import('./lib/forecast-core-run.mjs').CoreSeriesResult[]} results
 * @param {(result: import('./lib/forecast-core-run.mjs').CoreSeriesResult) => import('./lib/forecast-core-run.mjs').Scored | null | undefined} pick
 */
function summary(results, pick) {
  const scored = results.flatMap((result) => {
    const source = pick(result);
    return source?.test !== undefined && source.error === undefined
      ? [{ mase: source.test.mase, coverage: source.coverage }]
      : [];
  });
  return {
    mase: mean(scored.map((s) => s.mase)),
    coverage: mean(scored.map((s) => s.coverage)),
    series: scored.length,
  };
}

/**
 * The classical single model with the lowest mean test MASE over the series every model scored
 * (the comparison the targets name), with its MASE.
 * @param {import('./lib/forecast-core-run.mjs').CoreSeriesResult[]} results
 */
function bestSingle(results) {
  const ids = [...new Set(results.flatMap((result) => [...result.models.keys()]))];
  const scored = ids.map((id) => ({ id, ...summary(results, (r) => r.models.get(id)) }));
  const full = scored.filter((model) => model.series === results.length);
  return full.sort((a, b) => a.mase - b.mase)[0] ?? { id: 'none', mase: NaN, coverage: NaN, series: 0 };
}

const rows = [];
console.error(`load ${load()} at the start; network ${network}; tfjs backend ${tf.getBackend()}`);
for (const spec of ACCURACY_DATASETS.filter((s) => sets.includes(s.name))) {
  if (!existsSync(join(dataDir, `${spec.name}.csv`))) {
    console.error(`${spec.name}.csv is missing: skipped`);
    continue;
  }
  const data = loadDataset(core, dataDir, spec);
  const hasCovariates = (data.inputs[0]?.covariates.length ?? 0) > 0;
  const variants = !hasCovariates
    ? ['no covariates']
    : planOnly === 'given'
      ? ['plan given']
      : planOnly === 'none'
        ? ['no plan']
        : ['plan given', 'no plan'];
  for (const variant of variants) {
    const inputs = data.inputs.map((input) => withPlan(input, variant === 'plan given'));
    // The split the forecast core evaluates with, so the network has a forecast at each of its origins.
    const { split } = holdoutRunSettings(core, data.frequency, validationHorizons);
    const trained = await trainedForecasts(spec, variant, data.frequency, inputs, spec.horizon, split);
    const precomputed = trained.forecasts.map((f) => ({
      [network]: { origins: Int32Array.from(f.origins), values: Float64Array.from(f.values) },
    }));
    const started = performance.now();
    const run = (/** @type {typeof precomputed | undefined} */ networks) =>
      runCore(core, { frequency: data.frequency, inputs }, spec.horizon, () => undefined, {
        validationHorizons,
        ...(networks ? { precomputed: networks } : {}),
      });
    const without = run(undefined);
    const withNet = run(precomputed);
    const coreSeconds = (performance.now() - started) / 1000;
    const auto = summary(without.results, (r) => r.auto);
    const autoNet = summary(withNet.results, (r) => r.auto);
    const alone = summary(withNet.results, (r) => r.models.get(network));
    const classical = bestSingle(without.results);
    const chosen = withNet.results.filter((r) => r.choice === `auto(${network})`).length;
    if (perSeries) printChangedSeries(data.seriesIds, without.results, withNet.results);
    const row = {
      set: spec.name,
      variant,
      series: data.inputs.length,
      auto,
      autoNet,
      alone,
      classical,
      chosen,
      trained,
      coreSeconds,
    };
    rows.push(row);
    console.error(
      `${spec.name} (${variant}): Auto ${auto.mase.toFixed(3)} → with ${network} ${autoNet.mase.toFixed(3)}; ${network} alone ${alone.mase.toFixed(3)}; chosen on ${chosen} series; trained ${trained.seconds.toFixed(0)} s (${trained.stepsRun} steps, ${trained.stoppedBy}); load ${load()}`,
    );
  }
}

/**
 * @param {string[]} ids
 * @param {import('./lib/forecast-core-run.mjs').CoreSeriesResult[]} without
 * @param {import('./lib/forecast-core-run.mjs').CoreSeriesResult[]} withNet
 */
function printChangedSeries(ids, without, withNet) {
  without.forEach((before, i) => {
    const after = withNet[i];
    const [a, b] = [before.auto?.test?.mase, after?.auto?.test?.mase];
    if (a === undefined || b === undefined || a === b) return;
    const alone = after?.models.get(network)?.test?.mase;
    console.error(
      `  ${ids[before.index] ?? before.index}: ${before.choice} ${a.toFixed(3)} → ${after?.choice} ${b.toFixed(3)} (${network} alone ${alone?.toFixed(3) ?? 'n/a'})`,
    );
  });
}

const label = network.toUpperCase();
const f3 = (/** @type {number} */ v) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
const pct = (/** @type {number} */ v) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : 'n/a');
console.log(
  `| data set | covariates over the test horizon | series | Auto MASE | Auto + ${label} MASE | change | ${label} alone MASE | best classical single MASE | series where Auto chose ${label} | Auto 80 % coverage | Auto + ${label} 80 % coverage | ${label} training (steps, stopped by, s) |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const change = (r.autoNet.mase / r.auto.mase - 1) * 100;
  console.log(
    `| ${r.set} | ${r.variant} | ${r.series} | ${f3(r.auto.mase)} | ${f3(r.autoNet.mase)} | ${change >= 0 ? '+' : ''}${change.toFixed(1)} % | ${f3(r.alone.mase)} | ${f3(r.classical.mase)} (${r.classical.id}) | ${r.chosen} | ${pct(r.auto.coverage)} | ${pct(r.autoNet.coverage)} | ${r.trained.stepsRun}, ${r.trained.stoppedBy}, ${r.trained.seconds.toFixed(0)} |`,
  );
}
console.error(`load ${load()} at the end`);
writeFileSync(
  join(workDir, `table-${network}-${backend}-v${validationHorizons}.json`),
  JSON.stringify(rows, null, 2),
);
