// `node bench/interval-coverage.mjs [--sets=a,b] [--k=1,2,3,4] [--reuse] [--json=file]`: how often
// Auto's central bands (50, 80, 95 %) held, measured pseudo-out-of-sample and never on the test part.
// For each data set and each k, every series loses its last k horizons, the engine runs on the rest
// as the accuracy suite runs it (bench/lib/interval-coverage-run.mjs), and the horizon after the cut
// plays the test window: k = 1 is the real validation window, larger k earlier ones. Coverage is the
// app's, under the pooled run calibration (bench/lib/interval-coverage-score.mjs); it is reported per
// set and k, its mean and spread over k, apart for intermittent/lumpy and smooth/erratic histories,
// and per horizon step (mean over k). --reuse scores the engine passes kept in
// bench/.out/interval-coverage/ by an earlier run under this tree's calibration (the models' forecasts
// do not depend on it), so a calibration change is judged in seconds. The data sets are the accuracy
// suite's five (SHELFCAST_DATA, default ../shared/data) and the bundled sample (horizon 28).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCURACY_DATASETS, loadDataset } from './lib/forecast-datasets.mjs';
import { loadIntervalCore } from './lib/interval-coverage-core.mjs';
import { runPass } from './lib/interval-coverage-run.mjs';
import { LEVELS, autoHits, meanShare, passCalibration } from './lib/interval-coverage-score.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (/** @type {string} */ name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const SAMPLE = { name: 'retail-synthetic-daily', horizon: 28 };
const specs = [...ACCURACY_DATASETS, SAMPLE];
const sets = option('sets')?.split(',') ?? specs.map((spec) => spec.name);
const ks = (option('k') ?? '1,2,3,4').split(',').map(Number);
const reuse = process.argv.includes('--reuse');
const dataDir = process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');
const passDir = join(repoRoot, 'bench', '.out', 'interval-coverage');
mkdirSync(passDir, { recursive: true });

const core = await loadIntervalCore(repoRoot);
const pct = (/** @type {number} */ value) => (Number.isFinite(value) ? (100 * value).toFixed(1) : 'n/a');
const mean = (/** @type {number[]} */ values) => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
};
const AT80 = LEVELS.indexOf(0.8);

/**
 * One pass's figures (shares at each of LEVELS unless said otherwise).
 * @param {ReturnType<typeof autoHits>} hits
 * @param {number} horizon
 */
function passFigures(hits, horizon) {
  /** @param {(row: (typeof hits)[number]) => boolean} keep */
  const at80 = (keep) => meanShare(hits, { keep })[AT80] ?? NaN;
  const third = Math.ceil(horizon / 3);
  /** 80 % coverage over steps [from, to). @param {number} from @param {number} to */
  const steps = (from, to) =>
    mean(Array.from({ length: to - from }, (_, i) => meanShare(hits, { step: from + i })[AT80] ?? NaN));
  return {
    series: hits.length,
    intermittent: hits.filter((row) => row.group === 'intermittent').length,
    all: meanShare(hits),
    below: meanShare(hits, { where: -1 })[AT80] ?? NaN,
    above: meanShare(hits, { where: 1 })[AT80] ?? NaN,
    smooth: at80((row) => row.group === 'smooth'),
    sparse: at80((row) => row.group === 'intermittent'),
    sparseAbove: meanShare(hits, { keep: (row) => row.group === 'intermittent', where: 1 })[AT80] ?? NaN,
    blend: at80((row) => row.choice === 'auto(blend)'),
    single: at80((row) => row.choice !== 'auto(blend)'),
    thirds: [
      steps(0, third),
      steps(third, Math.min(horizon, 2 * third)),
      steps(Math.min(horizon, 2 * third), horizon),
    ],
  };
}

/** @type {{ set: string, horizon: number, rows: ({ k: number, seconds: number } & ReturnType<typeof passFigures>)[] }[]} */
const report = [];
for (const spec of sets.flatMap((name) => specs.filter((candidate) => candidate.name === name))) {
  const dir = spec === SAMPLE ? join(repoRoot, 'public', 'samples') : dataDir;
  /** @type {import('./lib/forecast-datasets.mjs').LoadedDataset | null} */
  let data = null;
  const rows = [];
  for (const k of ks) {
    const file = join(passDir, `${spec.name}-k${k}.json`);
    /** @type {import('./lib/interval-coverage-run.mjs').PassDump} */
    let pass;
    if (reuse && existsSync(file)) pass = JSON.parse(readFileSync(file, 'utf8'));
    else {
      data ??= loadDataset(core, dir, spec);
      pass = runPass(core, data, spec, k);
      writeFileSync(file, JSON.stringify(pass));
    }
    const hits = autoHits(core, pass, passCalibration(core, pass));
    // A k the histories are too short for (no series keeps a test window) is left out of the means.
    if (hits.length === 0) continue;
    rows.push({ k, seconds: Math.round(pass.seconds), ...passFigures(hits, spec.horizon) });
    console.error(
      `${spec.name} k=${k}: 80 % ${pct(rows.at(-1)?.all[AT80] ?? NaN)} (${Math.round(pass.seconds)} s)`,
    );
  }
  report.push({ set: spec.name, horizon: spec.horizon, rows });
}

const json = option('json');
if (json !== undefined) writeFileSync(json, JSON.stringify(report, null, 1));

const levels = LEVELS.map((level) => `${Math.round(level * 100)} %`);
console.log(
  `| data set | k | series (intermittent) | ${levels.join(' | ')} | below p10 · above p90 | 80 %: smooth · intermittent (above p90) | 80 %: blend · single model |`,
);
console.log(`| --- | --- | --- | ${levels.map(() => '---').join(' | ')} | --- | --- | --- |`);
for (const { set, rows } of report) {
  /** @param {ReturnType<typeof passFigures>} row */
  const cells = (row) => [
    ...row.all.map(pct),
    `${pct(row.below)} · ${pct(row.above)}`,
    `${pct(row.smooth)} · ${pct(row.sparse)} (${pct(row.sparseAbove)})`,
    `${pct(row.blend)} · ${pct(row.single)}`,
  ];
  for (const row of rows) {
    console.log(`| ${set} | ${row.k} | ${row.series} (${row.intermittent}) | ${cells(row).join(' | ')} |`);
  }
  if (rows.length === 0) continue;
  /** @type {(pick: (row: (typeof rows)[number]) => number) => number} */
  const over = (pick) => mean(rows.map(pick));
  const at80 = rows.map((row) => row.all[AT80] ?? NaN);
  const averaged = {
    ...passFigures([], 1),
    all: LEVELS.map((_, l) => over((row) => row.all[l] ?? NaN)),
    below: over((row) => row.below),
    above: over((row) => row.above),
    smooth: over((row) => row.smooth),
    sparse: over((row) => row.sparse),
    sparseAbove: over((row) => row.sparseAbove),
    blend: over((row) => row.blend),
    single: over((row) => row.single),
  };
  const spread = `${pct(Math.min(...at80))}–${pct(Math.max(...at80))}`;
  console.log(`| **${set}** | **mean over k** (80 %: ${spread}) | | ${cells(averaged).join(' | ')} |`);
}
console.log('\n80 % coverage by part of the horizon (mean over k): first · middle · last third of the steps');
for (const { set, rows } of report) {
  const third = (/** @type {number} */ t) => pct(mean(rows.map((row) => row.thirds[t] ?? NaN)));
  console.log(`- ${set}: ${third(0)} · ${third(1)} · ${third(2)}`);
}
