// Forecast scale suite (issue "Forecasting engine", Speed and the page): Auto on a 30,000-series
// weekly catalogue through the app, and on the bundled 40-series sample, watching that the page
// never blocks (main-thread long tasks), how long the run takes, peak memory, what Auto skipped
// for its time budget and how well the 80% band covered the test part.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markdownTable } from '../../scripts/lib/markdown-sections.mjs';
import { catalogueRowCount, writeWeeklyCatalogue } from '../lib/forecast-scale-catalogue.mjs';
import { watchForecastRun } from '../lib/forecast-scale-run.mjs';
import { startAppPreview } from '../lib/servers.mjs';

export const title = 'Forecasting: 30,000 series through the page';
export const needsAppBuild = true;

const APP_PORT = 4185;
/**
 * 300 stores × 100 items, two years of weeks; SHELFCAST_SCALE_STORES scales it down for a quick look.
 * @param {number} stores
 * @returns {import('../lib/forecast-scale-catalogue.mjs').CatalogueShape}
 */
const shapeOf = (stores) => ({ seed: 12345, stores, items: 100, weeks: 104 });
const TARGET_TASK_MS = 100;

/** @param {number} bytes */
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
/** @param {number} share */
const percent = (share) => (Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : 'n/a');
/** @param {number} seconds */
const duration = (seconds) =>
  seconds < 90 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

/** @param {{ repoRoot: string, outDir: string, log: (m: string) => void, machine: string, command: string, date: string }} context */
export async function run(context) {
  const { repoRoot, outDir, log } = context;
  const shape = shapeOf(Number(process.env.SHELFCAST_SCALE_STORES ?? 300));
  mkdirSync(outDir, { recursive: true });
  const path = join(
    outDir,
    `forecast-scale-seed${shape.seed}-${shape.stores}x${shape.items}x${shape.weeks}w.csv`,
  );
  if (!existsSync(path)) {
    log(`generating ${path}`);
    await writeWeeklyCatalogue(path, shape);
  }
  const server = await startAppPreview(repoRoot, APP_PORT);
  const runs = [];
  try {
    log('app: Auto on the bundled sample');
    runs.push({
      label: 'bundled sample (daily)',
      result: await watchForecastRun(server.url, { kind: 'sample' }, 600_000),
    });
    log(`app: Auto on ${shape.stores * shape.items} weekly series`);
    const file = { kind: /** @type {const} */ ('file'), path, rows: catalogueRowCount(shape) };
    runs.push({
      label: `${(shape.stores * shape.items).toLocaleString('en-US')}-series catalogue (weekly)`,
      result: await watchForecastRun(server.url, file, 3_600_000),
    });
  } finally {
    server.stop();
  }
  for (const { label, result } of runs)
    log(
      `${label}: ${result.state} in ${result.seconds.toFixed(1)} s, longest task ${result.longestTaskMs.toFixed(0)} ms`,
    );
  const met = runs.every(({ result }) => result.state === 'done' && result.longestTaskMs <= TARGET_TASK_MS);
  const table = markdownTable(
    [
      'input',
      'series',
      'outcome',
      'time to done',
      'total on the page after done',
      'longest main-thread task',
      'tasks > 50 ms',
      'tasks > 100 ms',
      'peak renderer PSS (page / all renderers)',
      'peak page JS heap',
      'skipped by Auto for the time budget',
      '80% band coverage (test)',
    ],
    runs.map(({ label, result }) => [
      label,
      result.series.toLocaleString('en-US'),
      result.state,
      duration(result.seconds),
      Number.isFinite(result.totalAfterDoneSeconds) ? `${result.totalAfterDoneSeconds.toFixed(1)} s` : 'n/a',
      // The observer reports only tasks over 50 ms.
      result.tasksOver50 === 0 ? 'none over 50 ms' : `${result.longestTaskMs.toFixed(0)} ms`,
      String(result.tasksOver50),
      String(result.tasksOver100),
      `${mib(result.peaks.peakPssBytes)} / ${mib(result.peaks.peakAllRenderersPssBytes)}`,
      mib(result.peaks.peakJsHeapBytes),
      result.skipped,
      percent(result.coverage80),
    ]),
  );
  return [
    `## ${title}`,
    '',
    `Measured ${context.date} on ${context.machine}. Command: \`${context.command}\`.`,
    '',
    `Input: the bundled sample (\`public/samples/retail-synthetic-daily.csv\`), and ${(shape.stores * shape.items).toLocaleString('en-US')} weekly series × ${shape.weeks} weeks (${catalogueRowCount(shape).toLocaleString('en-US')} rows, ${(statSync(path).size / 1e6).toFixed(0)} MB; seeded CSV from \`bench/lib/forecast-scale-catalogue.mjs\`: date, store, item, sales, a fifth of the series intermittent).`,
    '',
    table,
    '',
    `Target (no main-thread task over ${TARGET_TASK_MS} ms during or after a run): **${met ? 'met' : 'not met'}**.`,
    '',
    '### How these are measured',
    '',
    "- A fresh headless Chromium per input loads it (the sample through `load-sample`, the catalogue through `[data-testid=file-input]`; not timed), opens the Forecast step and keeps the defaults: model Auto, 7:2:1 split, the app's time budget for ARIMA and STL (2 minutes), then presses `train`.",
    '- Time to done: page clock from the click to `training-progress` showing `data-state=done`.',
    "- Total on the page after done: page clock from `training-progress` first showing `data-state=done` to the total's summary line (`forecast-summary-total`) first in the DOM, both noted by a `MutationObserver` (the total is built in slices of 100 series once the run has ended).",
    `- Long tasks: the page's \`PerformanceObserver\` for \`longtask\` (every main-thread task over 50 ms), from the click until 5 s after the final results (interval coverage) are on the page, so the last refresh and the chart count too.`,
    "- Memory: `bench/lib/memory-sampler.mjs` every second over the run — PSS of the renderer process (page and its forecast workers) and of all renderers, and the page's JS heap through the DevTools protocol.",
    '- Skipped and coverage are read from the page: the progress panel\'s "Skipped for the time budget" note and `interval-coverage`\'s `data-value` (share of test actuals inside the catalogue-calibrated p10–p90 band, Auto).',
  ].join('\n');
}
