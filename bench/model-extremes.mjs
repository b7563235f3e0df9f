// `node bench/model-extremes.mjs [--sets=a,b] [--k=0,1,2]`: does any model ever forecast something
// absurd? A mean score hides one series whose forecast ran away (AR-X's recursion once reached 10^20
// on a bakery item, which a mean of 50 series shows only as a huge number, and a median not at all).
// For each data set of the accuracy suite (SHELFCAST_DATA, default ../shared/data) and each k, every
// series loses its last k horizons (k = 0: none; the horizon after the cut plays the test window, so
// k ≥ 1 never sees the real test part), the engine runs every model as the accuracy suite's core side
// does (bench/lib/forecast-core-run.mjs: the app's model plan, the horizon holdout, evaluateSeries),
// and per model the worst series is printed: its test MASE, and its largest future forecast as a
// multiple of the largest value in its history. Retail data rarely justify more than a few times the
// history's largest value; a model far beyond that is broken on that series, whatever its mean says.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRunSettings } from './lib/forecast-core-run.mjs';
import { bundleForecastCore } from './lib/forecast-core-bundle.mjs';
import { ACCURACY_DATASETS, loadDataset } from './lib/forecast-datasets.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (/** @type {string} */ name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const sets = option('sets')?.split(',') ?? ACCURACY_DATASETS.map((spec) => spec.name);
const ks = (option('k') ?? '0,1,2').split(',').map(Number);
const dataDir = process.env.SHELFCAST_DATA ?? join(repoRoot, '..', 'shared', 'data');
if (!existsSync(dataDir)) {
  console.error(`data folder ${dataDir} is missing (set SHELFCAST_DATA): nothing to measure`);
  process.exit(1);
}
const core = await import(await bundleForecastCore(repoRoot, join(repoRoot, 'bench', '.out')));

/**
 * @typedef {import('../src/core/forecast/types').SeriesInput} SeriesInput
 * @typedef {{ mase: number, maseSeries: string, reach: number, reachSeries: string }} Worst
 */

/** Largest absolute finite value (0 when there is none). @param {ArrayLike<number>} values */
const largest = (values) => {
  let top = 0;
  for (const value of Array.from(values)) if (Number.isFinite(value)) top = Math.max(top, Math.abs(value));
  return top;
};

/**
 * The series without its last `k` horizons (its covariates keep the values that followed, as a plan).
 * @param {SeriesInput} input @param {number} k @param {number} horizon
 * @returns {SeriesInput}
 */
const cut = (input, k, horizon) => ({ ...input, y: input.y.slice(0, input.y.length - k * horizon) });

for (const spec of ACCURACY_DATASETS.filter((s) => sets.includes(s.name))) {
  if (!existsSync(join(dataDir, `${spec.name}.csv`))) {
    console.error(`${spec.name}.csv is missing: skipped`);
    continue;
  }
  const data = loadDataset(core, dataDir, spec);
  for (const k of ks) {
    const inputs = data.inputs.map((input) => cut(input, k, spec.horizon));
    const pooled = core.fitPooledOnSeries(inputs);
    const settings = { ...holdoutRunSettings(core, data.frequency), ...(pooled ? { pooled } : {}) };
    /** @type {Map<string, Worst>} */
    const worst = new Map();
    inputs.forEach((input, index) => {
      const plan = core.planModels(input, settings, Date.now());
      const evaluation = core.evaluateSeries(input, plan.run, core.evaluationSettings(settings, index));
      const historyTop = Math.max(largest(input.y), Number.MIN_VALUE);
      const auto = evaluation.auto === null ? [] : [{ ...evaluation.auto, id: 'auto' }];
      for (const source of [...evaluation.models, ...auto]) {
        const entry = worst.get(source.id) ?? {
          mase: -Infinity,
          maseSeries: '',
          reach: -Infinity,
          reachSeries: '',
        };
        const mase = source.test?.mase ?? NaN;
        const reach = source.future ? largest(source.future.point) / historyTop : NaN;
        const name = data.seriesIds[index] ?? String(index);
        if (mase > entry.mase) Object.assign(entry, { mase, maseSeries: name });
        if (reach > entry.reach) Object.assign(entry, { reach, reachSeries: name });
        worst.set(source.id, entry);
      }
    });
    console.log(
      `\n${spec.name}, last ${k} horizon(s) dropped: model | worst test MASE (series) | largest future ÷ largest history (series)`,
    );
    for (const [id, entry] of worst)
      console.log(
        `  ${id.padEnd(15)} ${entry.mase.toPrecision(3).padStart(9)} (${entry.maseSeries}) | ${entry.reach.toPrecision(3)}× (${entry.reachSeries})`,
      );
  }
}
