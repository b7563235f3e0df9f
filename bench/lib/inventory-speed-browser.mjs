// The inventory simulator's speed in headless Chromium: the kernel of inventory-speed-kernel.mjs over
// the app's simulate(), bundled into a module worker, one worker per core (up to 4, as the app's
// inventory pool), the catalogue split between them (bench/pages/inventory-speed*.{html,js,mjs}).
import { join } from 'node:path';
import { build } from 'rolldown';
import { openBrowserPage } from './browser-session.mjs';
import { CANDIDATES, bytesTouched } from './inventory-speed-kernel.mjs';
import { fastestAndMedian } from './inventory-speed.mjs';
import { startStaticServer } from './servers.mjs';

const PORT = 4188;

/**
 * @param {string} repoRoot
 * @param {string} outDir
 * @param {{ series: number, periods: number, repeat: number, log: (m: string) => void }} options
 */
export async function measureBrowserSpeed(repoRoot, outDir, { series, periods, repeat, log }) {
  const workerFile = join(outDir, 'inventory-speed-worker.js');
  await build({
    input: join(repoRoot, 'bench', 'pages', 'inventory-speed-worker.mjs'),
    platform: 'browser',
    logLevel: 'warn',
    output: { file: workerFile, format: 'esm' },
  });
  const pages = join(repoRoot, 'bench', 'pages');
  const server = await startStaticServer(PORT, {
    '/': join(pages, 'inventory-speed.html'),
    '/inventory-speed-page.js': join(pages, 'inventory-speed-page.js'),
    '/inventory-speed-worker.js': workerFile,
  });
  const { browser, page } = await openBrowserPage();
  try {
    await page.goto(server.url);
    /** @type {{ workers: number, times: number[], checksum: number, copyThroughput: number }} */
    const result = await page.evaluate(
      (options) => /** @type {any} */ (window).measureInventorySpeed(options),
      { series, periods, repeat },
    );
    result.times.forEach((time, rep) =>
      log(`speed (Chromium): repetition ${rep + 1}/${repeat}: ${time.toFixed(2)} s`),
    );
    const { seconds, medianSeconds } = fastestAndMedian(result.times);
    const bytes = bytesTouched(series, periods);
    return {
      where: `Chromium, ${result.workers} worker${result.workers === 1 ? '' : 's'}`,
      series,
      periods,
      candidates: CANDIDATES,
      seconds,
      medianSeconds,
      /** Workers have no CPU clock. */
      cpuSeconds: NaN,
      repetitions: result.times.length,
      nsPerStep: (seconds * 1e9) / (series * CANDIDATES * periods),
      bytes,
      copyThroughput: result.copyThroughput,
      memoryBoundSeconds: bytes / result.copyThroughput,
      checksum: result.checksum,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
