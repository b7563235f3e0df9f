// `node bench/forecast-accuracy-core.mjs [--core=file.mjs] [--sets=a,b] [--shift=N] [--plan=given] [--no-pooled] [--no-price]`:
// the accuracy suite's own side without R (bench/lib/forecast-core-run.mjs: the app's models, Auto,
// the horizon holdout and the catalogue calibration), one JSON line per data set: Auto's mean test
// MASE, its mean 80% band coverage, each model's coverage and Auto's choices.
//
// --shift=N drops each series' last N horizons first, so the "test" window is an earlier one: with
// N = 1 it is the real validation window, and a design (the interval calibration, Auto's pool) is
// judged on windows before the real test part, never on it. --no-pooled leaves the pooled
// regression out of the run (Auto's pool without it). --plan=given reads the covariates' values after
// each origin as the file's plan rows (the data files end with their history, so by default every
// covariate is unplanned). --no-price leaves the mapped price column out, as a file without one
// (one that plans only its promotions, say). --core names a bundle of another build
// (default: this tree's, bundled as the suite does). The bundled sample is the set
// `retail-synthetic-daily` (horizon 28).
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForecastCore } from './lib/forecast-core-bundle.mjs';
import { runCore } from './lib/forecast-core-run.mjs';
import { ACCURACY_DATASETS, loadDataset } from './lib/forecast-datasets.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (/** @type {string} */ name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const SAMPLE = { name: 'retail-synthetic-daily', horizon: 28 };
const specs = [...ACCURACY_DATASETS, SAMPLE];
const sets = option('sets')?.split(',') ?? specs.map((spec) => spec.name);
const shift = Number(option('shift') ?? 0);
const withPooled = !process.argv.includes('--no-pooled');
const planGiven = option('plan') === 'given';
const withPrice = !process.argv.includes('--no-price');
const dataDir = process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');

const corePath = option('core') ?? (await bundleForecastCore(repoRoot, join(repoRoot, 'bench', '.out')));
const loaded = await import(resolve(corePath));
const core = withPooled ? loaded : { ...loaded, fitPooledOnSeries: () => undefined };

/** Mean of the finite values. @param {number[]} values */
const mean = (values) => {
  const finite = values.filter(Number.isFinite);
  return finite.reduce((total, value) => total + value, 0) / finite.length;
};

for (const spec of sets.flatMap((name) => specs.filter((candidate) => candidate.name === name))) {
  const data = loadDataset(core, spec === SAMPLE ? join(repoRoot, 'public', 'samples') : dataDir, spec);
  const inputs = data.inputs.map((input) => ({
    ...input,
    y: input.y.slice(0, input.y.length - shift * spec.horizon),
    covariates: input.covariates
      .filter((covariate) => withPrice || covariate.price !== true)
      .map((covariate) => {
        if (!planGiven) return covariate;
        const { carriedForward: _assumed, ...planned } = covariate;
        return planned;
      }),
  }));
  const run = runCore(core, { frequency: data.frequency, inputs }, spec.horizon, () => {});
  const autos = run.results.flatMap((result) => (result.auto === null ? [] : [result.auto]));
  /** @type {Record<string, number>} */
  const models = {};
  for (const id of new Set(run.results.flatMap((result) => [...result.models.keys()]))) {
    models[id] = +mean(run.results.map((result) => result.models.get(id)?.coverage ?? NaN)).toFixed(3);
  }
  /** @type {Record<string, number>} */
  const choices = {};
  for (const result of run.results) choices[result.choice] = (choices[result.choice] ?? 0) + 1;
  console.log(
    JSON.stringify({
      set: spec.name,
      shift,
      plan: planGiven ? 'given' : 'file',
      pooled: withPooled,
      series: autos.length,
      autoMase: +mean(autos.map((auto) => auto.test?.mase ?? NaN)).toFixed(4),
      autoCoverage: +mean(autos.map((auto) => auto.coverage)).toFixed(4),
      seconds: Math.round(run.seconds),
      models,
      choices,
    }),
  );
}
