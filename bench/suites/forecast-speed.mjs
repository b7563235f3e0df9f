// Forecast speed suite (issue "Forecasting engine", Benchmarks): all classical models (Auto, every
// model fitted, evaluated and forecast) for 1,000 daily series of two years in the browser, against
// R's ets + auto.arima on the same series in the same run.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { longSalesRowCount, writeLongSalesCsv } from '../../scripts/lib/long-sales-csv.mjs';
import { markdownTable } from '../../scripts/lib/markdown-sections.mjs';
import { timeTrainingInApp } from '../lib/forecast-speed-browser.mjs';
import { R_SCRIPT_DIR, ensureRscript, runRscript } from '../lib/forecast-r.mjs';
import { startAppPreview } from '../lib/servers.mjs';

export const title = 'Forecasting: speed against R';
export const needsAppBuild = true;

const APP_PORT = 4182;
const HORIZON = 28;
const R_CORES = 2;
/**
 * 1,000 series (10 stores × 100 items) of 730 days; SHELFCAST_SPEED_ITEMS scales it down for a quick look.
 * @param {number} items
 * @returns {import('../../scripts/lib/long-sales-csv.mjs').LongSalesShape}
 */
const shapeOf = (items) => ({ seed: 7, stores: 10, items, days: 730, firstDate: '2022-01-01' });
/** High enough that ARIMA and STL are fitted on every series (the app's default budget is 2 minutes). */
const BUDGET_MINUTES = 600;

/**
 * Runs bench/r/forecast-speed.R and reads the seconds it printed.
 * @param {string} repoRoot
 * @param {string} file the CSV
 * @param {(message: string) => void} log
 * @returns {Promise<{ series: number, failed: number, seconds: number }>}
 */
async function timeR(repoRoot, file, log) {
  let line = '';
  await runRscript(
    join(R_SCRIPT_DIR(repoRoot), 'forecast-speed.R'),
    [file, String(HORIZON), '7', String(R_CORES)],
    (message) => {
      line = message;
      log(message);
    },
  );
  const match = /series=(\d+) failed=(\d+) seconds=([\d.]+)/.exec(line);
  if (!match) throw new Error(`forecast-speed.R printed no timing: ${line}`);
  return { series: Number(match[1]), failed: Number(match[2]), seconds: Number(match[3]) };
}

/** @param {{ repoRoot: string, outDir: string, log: (m: string) => void, machine: string, command: string, date: string }} context */
export async function run(context) {
  const { repoRoot, outDir, log } = context;
  const shape = shapeOf(Number(process.env.SHELFCAST_SPEED_ITEMS ?? 100));
  const seriesCount = shape.stores * shape.items;
  mkdirSync(outDir, { recursive: true });
  const path = join(
    outDir,
    `forecast-speed-seed${shape.seed}-${shape.stores}x${shape.items}x${shape.days}.csv`,
  );
  if (!existsSync(path)) {
    log(`generating ${path}`);
    writeLongSalesCsv(path, shape);
  }
  const file = { path, rows: longSalesRowCount(shape) };
  const r = ensureRscript(log);

  log(`R: ets + auto.arima on ${seriesCount} series, ${R_CORES} cores`);
  const rRun = await timeR(repoRoot, path, log);
  log(`R: ${rRun.seconds.toFixed(1)} s`);

  const server = await startAppPreview(repoRoot, APP_PORT);
  let app;
  try {
    log(`app: Auto (every classical model) on ${seriesCount} series`);
    app = await timeTrainingInApp(server.url, file, {
      model: 'auto',
      budgetMinutes: BUDGET_MINUTES,
      timeoutMs: 3_600_000,
    });
  } finally {
    server.stop();
  }
  log(`app: ${app.state} in ${app.seconds.toFixed(1)} s`);
  const faster = app.state === 'done' && app.seconds < rRun.seconds;
  const table = markdownTable(
    ['measure', 'app in Chromium (Auto: every classical model)', 'R: ets + auto.arima'],
    [
      ['series', String(seriesCount), `${rRun.series}${rRun.failed > 0 ? ` (${rRun.failed} failed)` : ''}`],
      [
        'parallelism',
        `forecast worker pool, navigator.hardwareConcurrency = ${app.workers}`,
        `parallel::mclapply, ${R_CORES} cores`,
      ],
      ['outcome', app.state, 'done'],
      ['seconds', app.seconds.toFixed(1), rRun.seconds.toFixed(1)],
      ['app ÷ R', (app.seconds / rRun.seconds).toFixed(2), '1.00'],
    ],
  );
  return [
    `## ${title}`,
    '',
    `Measured ${context.date} on ${context.machine}. Command: \`${context.command}\`. R: ${r.version}${r.installed ? ' (installed by this run with apt-get)' : ''}.`,
    '',
    ...(process.env.SHELFCAST_SPEED_ITEMS === undefined
      ? []
      : [
          `Scaled down with \`SHELFCAST_SPEED_ITEMS=${shape.items}\` (the issue's run is 1,000 series: the default).`,
          '',
        ]),
    `Input: ${seriesCount.toLocaleString('en-US')} daily series × ${shape.days} days (seeded CSV from \`scripts/lib/long-sales-csv.mjs\`: date, store, item, sales, price, promo; ${(statSync(path).size / 1e6).toFixed(0)} MB), horizon ${HORIZON}.`,
    '',
    table,
    '',
    `Target (faster than R): **${faster ? 'met' : 'not met'}**. App progress at the end: “${app.progressText.replaceAll('|', '\\|')}”.`,
    '',
    '### How these are measured',
    '',
    `- App: a fresh headless Chromium loads the CSV through \`[data-testid=file-input]\` (not timed), opens the Forecast step, keeps \`model-select\` = Auto with the app's default split (7:2:1 ratio, rolling origins), sets the slow-model time budget to ${BUDGET_MINUTES} minutes so ARIMA and STL are fitted on every series, and presses \`train\`. The time runs on the page clock from the click to the animation frame where \`training-progress\` has \`data-state=done\`. That covers, per series, every classical model's fits at each validation and test origin, Auto's choice, intervals and the refit on all history for the future forecast.`,
    `- R: \`bench/r/forecast-speed.R\` splits the same CSV into its series and, per series, runs \`forecast(ets(y), h = ${HORIZON}, level = 80)\` and \`forecast(auto.arima(y), h = ${HORIZON}, level = 80)\` on \`ts(y, frequency = 7)\`, over ${R_CORES} cores with \`parallel::mclapply\`; the time is \`system.time\` around that (reading the CSV excluded). R does one fit per method and series; the app does many (every origin, every model), so the comparison favours R.`,
    '- R runs first, then the app, one after the other, so they do not share the 2 cores.',
  ].join('\n');
}
