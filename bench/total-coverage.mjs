// `node bench/total-coverage.mjs [file.csv …]`: how often the total forecast's band (the sum over
// all series, core/forecast/total-distribution.ts) held the total of the test actuals. Each file is
// read, mapped and cleaned by the app's data core and forecast as the forecast pool does (Auto, the
// page's default split and horizon, no time budget); the run's calibration (the series' pooled
// errors and the total's measured factor) comes from validation only, then at every test origin the
// series' forecasts from that origin are summed and their total's 80% band is compared with the
// total of the actuals, per period and for the sum over the horizon. For comparison, the same with
// the series' quantiles summed (factor 1) and with independent errors (the factor √Σσ²/Σσ-like
// lower bound is not known here, so only factor 1 is shown). Default file: the bundled sample.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTotalCore } from './lib/total-coverage-core.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LEVEL = 0.8;

/** @param {any} core @param {string} path */
function measure(core, path) {
  const table = core.readDelimitedText(readFileSync(path, 'utf8'), basename(path));
  const { dataset } = core.deriveDataset(table, core.guessMapping(table));
  const settings = core.runSettingsOf(
    { ...core.DEFAULT_SETTINGS, budgetMinutes: Infinity },
    dataset.frequency,
    0,
  );
  const horizon = settings.horizon;
  const collector = core.createCollector();
  /** Per test origin date: the series' test distributions and actuals. @type {Map<number, any[]>} */
  const byOrigin = new Map();
  dataset.seriesIds.forEach((/** @type {string} */ _, /** @type {number} */ s) => {
    const input = core.buildSeriesInput(dataset, s, horizon);
    const plan = core.planModels(input, settings, 0);
    const evaluation = core.evaluateSeries(input, plan.run, core.evaluationSettings(settings, s));
    const auto = evaluation.auto;
    if (auto === null) return;
    core.collectSeries(collector, s, evaluation, true);
    core.addSeriesTotalErrors(
      collector.errors,
      horizon,
      auto.validationForecasts.map(
        (/** @type {{ origin: number, values: Float64Array }} */ { origin, values }) => ({
          originDate: input.dates[origin],
          forecast: values,
          actual: input.y.subarray(origin, origin + values.length),
        }),
      ),
    );
    for (const { origin, values } of auto.testForecasts) {
      const key = input.dates[origin];
      if (!byOrigin.has(key)) byOrigin.set(key, []);
      byOrigin.get(key)?.push({
        stored: {
          model: 'auto',
          point: values,
          scale: evaluation.scale.value,
          members: [...auto.choice.members],
          own: { p10: values, p50: values, p90: values },
        },
        actual: input.y.subarray(origin, origin + horizon),
      });
    }
  });
  const run = core.calibrateRun(collector.errors, horizon);
  /** @param {number | undefined} factorOverride */
  const tally = (factorOverride) => {
    let steps = 0;
    let stepsIn = 0;
    let sums = 0;
    let sumsIn = 0;
    for (const entries of byOrigin.values()) {
      const complete = entries.filter(
        (/** @type {any} */ entry) => entry.actual.length === horizon && entry.actual.every(Number.isFinite),
      );
      if (complete.length === 0) continue;
      const distributions = complete.map((/** @type {any} */ entry) =>
        core.forecastDistribution(entry.stored, run),
      );
      const total = core.totalDistribution(
        distributions,
        factorOverride === undefined ? run.total : { factor: factorOverride, cells: 0 },
        horizon,
      );
      const low = total.quantiles((1 - LEVEL) / 2);
      const high = total.quantiles((1 + LEVEL) / 2);
      let actualSum = 0;
      for (let step = 0; step < horizon; step++) {
        const actual = complete.reduce(
          (/** @type {number} */ sum, /** @type {any} */ entry) => sum + entry.actual[step],
          0,
        );
        actualSum += actual;
        steps++;
        if (actual >= low[step] && actual <= high[step]) stepsIn++;
      }
      sums++;
      const sumLow = total.sumQuantile(0, horizon, (1 - LEVEL) / 2);
      const sumHigh = total.sumQuantile(0, horizon, (1 + LEVEL) / 2);
      if (actualSum >= sumLow && actualSum <= sumHigh) sumsIn++;
    }
    return {
      periods: `${stepsIn}/${steps} = ${((100 * stepsIn) / steps).toFixed(1)}%`,
      sums: `${sumsIn}/${sums}`,
    };
  };
  return {
    file: basename(path),
    series: dataset.seriesIds.length,
    horizon,
    factor: run.total?.factor.toFixed(3) ?? 'none',
    cells: run.total?.cells ?? 0,
    measured: tally(undefined),
    summedQuantiles: tally(1),
  };
}

const files = process.argv.slice(2);
const core = await loadTotalCore(repoRoot);
for (const path of files.length > 0
  ? files
  : [join(repoRoot, 'public', 'samples', 'retail-synthetic-daily.csv')]) {
  console.log(JSON.stringify(measure(core, path)));
}
