// `node bench/neural-vs-nnetar.mjs [--sets=a,b] [--networks=lstm,tcn] [--backend=wasm|cpu]`: R's
// forecast::nnetar on every series of each accuracy set (no series cap), beside our classical models
// and, with --networks, our networks at the app's default settings (no steps cap) — the neural
// suite's accuracy path (bench/lib/neural-accuracy.mjs) without the caps that keep the suite's own
// run short. nnetar gets the mapped covariates' real values over the held-out periods (the plan
// given), while the networks read them as the files give them (no plan rows: typical values), so on
// a set with covariates compare nnetar with `node bench/neural-auto.mjs --plan=given` instead; a set
// without covariates has nothing to plan. Results are cached in bench/.out/neural-accuracy/ (keyed
// by inputs and settings, not by backend), so a second run only reports.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureRscript } from './lib/forecast-r.mjs';
import { ACCURACY_DATASETS } from './lib/forecast-datasets.mjs';
import { neuralAccuracy } from './lib/neural-accuracy.mjs';
import { bundleNeuralCore } from './lib/neural-core-bundle.mjs';
import { startNodeBackend } from './lib/node-tfjs-backend.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const outDir = join(repoRoot, 'bench', '.out');
const dataDir = process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');
const option = (/** @type {string} */ name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const sets = option('sets')?.split(',') ?? ACCURACY_DATASETS.map((spec) => spec.name);
const networks = option('networks')?.split(',') ?? [];
const backend = option('backend') ?? 'wasm';
if (!existsSync(dataDir)) {
  console.error(`data folder ${dataDir} is missing (set SHELFCAST_DATA): nothing to measure`);
  process.exit(1);
}

const log = (/** @type {string} */ message) =>
  console.error(`${new Date().toISOString().slice(11, 19)} ${message}`);
ensureRscript(log);
await startNodeBackend(backend);
const core = await import(await bundleNeuralCore(repoRoot, outDir));

console.log(
  '| data set | series | R nnetar (failed, seconds) | networks (default settings) | best classical single | Auto |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const spec of ACCURACY_DATASETS.filter((candidate) => sets.includes(candidate.name))) {
  const result = await neuralAccuracy(core, spec, {
    repoRoot,
    outDir,
    dataDir,
    seriesCap: Number.MAX_SAFE_INTEGER,
    stepsCap: null,
    architectures: networks,
    log,
  });
  const { nnetar, classical } = result;
  const [bestId, best] = Object.entries(classical)
    .filter(([id]) => id !== 'auto')
    .sort((a, b) => a[1].mase - b[1].mase)[0] ?? ['–', { mase: NaN }];
  const nets = Object.entries(result.networks)
    .map(([id, score]) => `${id} ${score.mase.toFixed(3)} (${score.stepsRun} steps, ${score.stoppedBy})`)
    .join('; ');
  const r = nnetar ? `${nnetar.mase.toFixed(3)} (${nnetar.failed}, ${nnetar.seconds.toFixed(0)} s)` : '–';
  console.log(
    `| ${spec.name} | ${classical.auto?.series ?? 0} of ${result.seriesTotal} | ${r} | ${nets || '–'} | ${best.mase.toFixed(3)} (${bestId}) | ${classical.auto?.mase.toFixed(3)} |`,
  );
}
