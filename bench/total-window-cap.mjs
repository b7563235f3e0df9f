// `node bench/total-window-cap.mjs [distinct series] [total series]`: what reading only the
// EXACT_WINDOW_SERIES largest series' window quantiles exactly costs the total's lead-time quantile
// (core/forecast/total-distribution.ts: sumQuantile) against reading every series' exactly, and how
// long each takes. Distinct series (default 1,000) are cut from the forecast-scale suite's seeded
// weekly catalogue and forecast as the forecast pool does (Auto, the page's default split and
// horizon, no time budget); the run's calibration comes from them. They are then repeated up to the
// total (default 30,000), each copy's point, scale and own band times a seeded factor (lognormal,
// σ 0.7), which scales its quantiles exactly: so the largest series are a mix of the distinct ones,
// not copies of the few biggest.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTotalCore } from './lib/total-coverage-core.mjs';
import { writeWeeklyCatalogue } from './lib/forecast-scale-catalogue.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'bench', '.out');
const distinct = Number(process.argv[2] ?? 1000);
const totalSeries = Number(process.argv[3] ?? 30000);

/** mulberry32 turned into a standard normal sampler (Box–Muller). @param {number} seed */
function normalSampler(seed) {
  let state = seed | 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

mkdirSync(outDir, { recursive: true });
const csv = join(outDir, 'total-window-cap.csv');
await writeWeeklyCatalogue(csv, { seed: 11, stores: Math.ceil(distinct / 50), items: 50, weeks: 104 });
const core = await loadTotalCore(repoRoot);
const table = core.readDelimitedText(readFileSync(csv, 'utf8'), 'total-window-cap.csv');
const { dataset } = core.deriveDataset(table, core.guessMapping(table));
const settings = core.runSettingsOf(
  { ...core.DEFAULT_SETTINGS, budgetMinutes: Infinity },
  dataset.frequency,
  0,
);
const { horizon } = settings;
const collector = core.createCollector();
/** @type {any[]} */
const stored = [];
let started = performance.now();
for (let s = 0; s < Math.min(distinct, dataset.seriesIds.length); s++) {
  const input = core.buildSeriesInput(dataset, s, horizon);
  const evaluation = core.evaluateSeries(
    input,
    core.planModels(input, settings, 0).run,
    core.evaluationSettings(settings, s),
  );
  const auto = evaluation.auto;
  if (auto?.future === undefined) continue;
  core.collectSeries(collector, s, evaluation, true);
  core.addSeriesTotalErrors(
    collector.errors,
    horizon,
    auto.validationForecasts.map((/** @type {{ origin: number, values: Float64Array }} */ f) => ({
      originDate: input.dates[f.origin],
      forecast: f.values,
      actual: input.y.subarray(f.origin, f.origin + horizon),
    })),
  );
  const { point, quantiles } = auto.future;
  stored.push({
    model: auto.future.model,
    point,
    scale: evaluation.futureScale,
    members: [...auto.choice.members],
    own: { p10: quantiles.p10, p50: quantiles.p50, p90: quantiles.p90 },
  });
}
const forecastSeconds = (performance.now() - started) / 1000;
const run = core.calibrateRun(collector.errors, horizon);
const normal = normalSampler(5);
const times = (/** @type {Float64Array} */ values, /** @type {number} */ f) => values.map((v) => v * f);
const distributions = Array.from({ length: totalSeries }, (_, k) => {
  const original = stored[k % stored.length];
  const f = Math.exp(0.7 * normal());
  return core.forecastDistribution(
    {
      ...original,
      point: times(original.point, f),
      scale: original.scale * f,
      own: {
        p10: times(original.own.p10, f),
        p50: times(original.own.p50, f),
        p90: times(original.own.p90, f),
      },
    },
    run,
  );
});
const total = core.totalDistribution(distributions, run.total, horizon);
/** The total's window quantile with every series' window quantile read exactly. */
function exactSumQuantile(/** @type {number} */ from, /** @type {number} */ to, /** @type {number} */ p) {
  let points = 0;
  let offsets = 0;
  for (const distribution of distributions) {
    let own = 0;
    for (let step = from; step < to; step++) own += distribution.point[step];
    points += own;
    offsets += distribution.sumQuantile(from, to, p) - own;
  }
  return { quantile: Math.max(0, points + total.factor * offsets), points };
}
const rows = [];
for (const [from, to] of [
  [0, 4],
  [0, horizon],
]) {
  for (const p of [0.05, 0.1, 0.5, 0.9, 0.95]) {
    started = performance.now();
    const capped = total.sumQuantile(from, to, p);
    const cappedMs = performance.now() - started;
    started = performance.now();
    const exact = exactSumQuantile(from, to, p);
    const exactMs = performance.now() - started;
    rows.push({
      window: `${from}–${to}`,
      p,
      capped: +capped.toFixed(1),
      exact: +exact.quantile.toFixed(1),
      'quantile diff %': +((100 * (capped - exact.quantile)) / exact.quantile).toFixed(3),
      'offset diff %': +((100 * (capped - exact.quantile)) / (exact.quantile - exact.points || 1)).toFixed(2),
      'capped ms': Math.round(cappedMs),
      'exact ms': Math.round(exactMs),
    });
  }
}
console.log(
  JSON.stringify({
    distinct: stored.length,
    total: totalSeries,
    horizon,
    factor: total.factor,
    forecastSeconds: Math.round(forecastSeconds),
  }),
);
console.table(rows);
