// Data-step suite (issue "Foundation"): how fast and how lean the app imports a large long CSV,
// against a bare papaparse parse of the same file, and what happens with a 200 MB file.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { longSalesRowCount, writeLongSalesCsv } from '../../scripts/lib/long-sales-csv.mjs';
import {
  collectGarbageEverywhere,
  importFile,
  longTasksBetween,
  openBrowserPage,
} from '../lib/browser-session.mjs';
import { dataReport } from '../lib/data-report.mjs';
import { jsHeapUsed, rendererMemoryNow, startMemorySampler } from '../lib/memory-sampler.mjs';
import { startAppPreview, startStaticServer } from '../lib/servers.mjs';

export const title = 'Data step: import';
export const needsAppBuild = true;

const APP_PORT = 4180;
const BASELINE_PORT = 4181;
const MILLION_ROWS = { seed: 1, stores: 10, items: 100, days: 1000, firstDate: '2022-01-01' };
const LARGE_FILE = { ...MILLION_ROWS, seed: 2, stores: 62 }; // 6.2 M rows, about 200 MB
const SETTLE_MS = 2000;
/** Two bare parses: papaparse as it comes, and with the 1 MB slices the app reads files in. */
const BASELINES = [
  { label: 'bare papaparse, default 10 MB chunks', query: '' },
  { label: 'bare papaparse, 1 MB chunks', query: '?chunk=1048576' },
];

/**
 * @param {string} outDir
 * @param {import('../../scripts/lib/long-sales-csv.mjs').LongSalesShape} shape
 * @param {(message: string) => void} log
 */
function benchFile(outDir, shape, log) {
  const path = join(outDir, `long-sales-seed${shape.seed}-${shape.stores}x${shape.items}x${shape.days}.csv`);
  if (!existsSync(path)) {
    log(`generating ${path}`);
    writeLongSalesCsv(path, shape);
  }
  return { path, rows: longSalesRowCount(shape), bytes: statSync(path).size };
}

/**
 * One import in a fresh browser: time, long tasks, peak memory while importing, and the memory the
 * page still holds after a full garbage collection once the import is done.
 * @param {string} url
 * @param {{ path: string, rows: number }} file
 * @param {number} timeoutMs
 */
async function measureImport(url, file, timeoutMs) {
  const { browser, processRoot, page, cdp } = await openBrowserPage();
  try {
    await page.goto(url);
    await page.locator('[data-testid=file-input]').waitFor({ state: 'attached' });
    const before = rendererMemoryNow(processRoot);
    const sampler = startMemorySampler(processRoot, cdp);
    const result = await importFile(page, file.path, file.rows, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS)); // memory after the import, still sampled
    const peaks = await sampler.stop();
    /** @param {{ processes: { pid: number, pssBytes: number }[] }} usage */
    const pagePss = (usage) => usage.processes.find((entry) => entry.pid === peaks.pagePid)?.pssBytes ?? NaN;
    const finished = result.outcome === 'loaded' || result.outcome === 'refused';
    const noTasks = { longestMs: NaN, count: 0 };
    const during = finished ? await longTasksBetween(page, result.chosenAt, result.doneAt) : noTasks;
    const after = finished
      ? await longTasksBetween(page, result.doneAt + 1, result.doneAt + SETTLE_MS)
      : noTasks;
    let heldPssBytes = NaN;
    let heldJsHeapBytes = NaN;
    let liveWorkers = NaN;
    if (finished) {
      liveWorkers = await collectGarbageEverywhere(page);
      await new Promise((resolve) => setTimeout(resolve, 500));
      heldPssBytes = pagePss(rendererMemoryNow(processRoot));
      heldJsHeapBytes = await jsHeapUsed(cdp);
    }
    return {
      ...result,
      ...peaks,
      longestTaskMs: during.longestMs,
      longTaskCount: during.count,
      longestTaskAfterMs: after.longestMs,
      beforePssBytes: pagePss(before),
      heldPssBytes,
      heldJsHeapBytes,
      liveWorkers,
    };
  } finally {
    await browser.close();
  }
}

/** @typedef {Awaited<ReturnType<typeof measureImport>>} ImportMeasurement */

/**
 * @param {{ repoRoot: string, outDir: string, repeat: number, log: (message: string) => void, machine: string, command: string, date: string }} context
 * @returns {Promise<string>} the Markdown body of this suite's BENCHMARKS.md section
 */
export async function run(context) {
  const { repoRoot, outDir, repeat, log } = context;
  mkdirSync(outDir, { recursive: true });
  const million = benchFile(outDir, MILLION_ROWS, log);
  const large = benchFile(outDir, LARGE_FILE, log);

  const baselineServer = await startStaticServer(BASELINE_PORT, {
    '/': join(repoRoot, 'bench/pages/parse.html'),
    '/parse-page.js': join(repoRoot, 'bench/pages/parse-page.js'),
    '/parse-worker.js': join(repoRoot, 'bench/pages/parse-worker.js'),
    '/papaparse.min.js': join(repoRoot, 'node_modules/papaparse/papaparse.min.js'),
  });
  const app = await startAppPreview(repoRoot, APP_PORT);
  try {
    const columns = [
      ...BASELINES.map((baseline) => ({
        label: baseline.label,
        url: baselineServer.url + baseline.query,
        isApp: false,
      })),
      { label: 'app: file → summary', url: app.url, isApp: true },
    ];
    /** @type {ImportMeasurement[][]} */
    const runs = columns.map(() => []);
    // Alternate them, so a slow spell on a shared machine hits each alike.
    for (let round = 1; round <= repeat; round += 1) {
      const times = [];
      for (const [index, column] of columns.entries()) {
        const measured = await measureImport(column.url, million, 120_000);
        runs[index]?.push(measured);
        times.push(`${column.label} ${measured.outcome} ${(measured.millis / 1000).toFixed(2)} s`);
      }
      log(`1M rows, round ${round}/${repeat}: ${times.join('; ')}`);
    }
    log(`200 MB file (${(large.bytes / 1e6).toFixed(0)} MB, ${large.rows} rows): app import`);
    const largeRun = await measureImport(app.url, large, 300_000);
    log(`  ${largeRun.outcome} after ${(largeRun.millis / 1000).toFixed(2)} s ${largeRun.message}`);

    return dataReport({
      ...context,
      title,
      settleMs: SETTLE_MS,
      million,
      large,
      columns: columns.map((column, index) => ({
        label: column.label,
        isApp: column.isApp,
        runs: runs[index] ?? [],
      })),
      largeRun,
    });
  } finally {
    app.stop();
    await baselineServer.stop();
  }
}
