// Planning speed on the bundled sample, in Node on one thread: the forecast run as a forecast worker
// makes it (Auto, every series; not timed), then the Inventory step's plan of every series as an
// inventory worker makes it (the backtest's forecasts at each review, tuning, held levels, the order),
// timed in wall-clock and in CPU seconds (the process's own, which other work on a shared machine
// does not inflate much).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = 'public/samples/retail-synthetic-daily.csv';
/** The inventory controller's seed (features/inventory/inventory-controller.ts). */
const PLAN_SEED = 20240;

/**
 * @param {any} core the bundled inventory core
 * @param {string} repoRoot
 * @param {(m: string) => void} log
 */
export function measurePlanSpeed(core, repoRoot, log) {
  const table = core.readDelimitedText(readFileSync(join(repoRoot, SAMPLE), 'utf8'), 'sample.csv');
  const mapping = core.guessMapping(table);
  const { dataset } = core.deriveDataset(table, mapping);
  // No time budget: every model the app may choose is fitted, whatever the machine's load.
  const settings = core.runSettingsOf(
    { ...core.DEFAULT_SETTINGS, budgetMinutes: Infinity },
    dataset.frequency,
    0,
  );
  const forecastStart = performance.now();
  const outcomes = dataset.seriesIds.map((/** @type {string} */ _, /** @type {number} */ s) =>
    core.evaluateTask({ index: s, input: core.buildSeriesInput(dataset, s, settings.horizon) }, settings, 0),
  );
  log(
    `plan speed: forecast run of the sample in ${((performance.now() - forecastStart) / 1000).toFixed(1)} s`,
  );
  const data = {
    dataset,
    forecasts: outcomes.map((/** @type {any} */ outcome) => outcome.future),
    demandKinds: outcomes.map((/** @type {any} */ outcome) => outcome.demand),
    calibration: null,
    priceColumn: mapping.price ?? null,
  };
  const classes = core.abcClassesOf(core.pendingInputs(data));
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let s = 0; s < dataset.seriesIds.length; s++) {
    const pending = core.pendingInput(data, s);
    const provider = core.runProvider(data, s, core.resolveSettings({}, pending.overrides), PLAN_SEED + s);
    core.planClassifiedSeries({ ...pending, provider }, classes[s], {}, dataset.frequency, PLAN_SEED + s);
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    series: dataset.seriesIds.length,
    periods: Math.max(
      ...dataset.seriesIds.map(
        (/** @type {string} */ _, /** @type {number} */ s) => dataset.historyEnd[s] - dataset.seriesStart[s],
      ),
    ),
    frequency: dataset.frequency,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}
