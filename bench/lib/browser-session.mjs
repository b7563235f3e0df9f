// One fresh headless Chromium per measurement, so no memory or cache carries over between runs.
// The page gets an init script that records main-thread long tasks and the moment a file is chosen.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';

/** Runs in the page before its own scripts. */
function installPageProbes() {
  const probes = { longTasks: /** @type {{ start: number, duration: number }[]} */ ([]), fileChosenAt: -1 };
  Object.defineProperty(window, '__benchProbes', { value: probes });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.dataset.testid === 'file-input')
        probes.fileChosenAt = performance.now();
    },
    true,
  );
}

export async function openBrowserPage() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium found: install Debian chromium or set SHELFCAST_CHROMIUM');
  // --expose-gc only adds a gc() function to every V8 isolate (page and workers), so the benchmark
  // can ask for a full collection before it reads what the page still holds.
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    headless: true,
  });
  const page = await browser.newPage();
  await page.addInitScript(installPageProbes);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Playwright's Browser does not expose its process; the renderers are found under this Node
  // process instead, which runs one browser at a time.
  return { browser, processRoot: process.pid, page, cdp };
}

/**
 * Chooses `file` in `[data-testid=file-input]` and waits until `[data-testid=summary-rows]` says
 * `expectedRows`, or an alert says the file was not loaded, or the tab dies.
 * Times are the page's own clock: from the input's change event (`chosenAt`) to the animation frame
 * that saw the result (`doneAt`).
 * @param {import('@playwright/test').Page} page
 * @param {string} file
 * @param {number} expectedRows
 * @param {number} timeoutMs
 * @returns {Promise<{ outcome: 'loaded' | 'refused' | 'crashed' | 'timeout', millis: number, message: string, chosenAt: number, doneAt: number }>}
 */
export async function importFile(page, file, expectedRows, timeoutMs) {
  let crashed = false;
  page.once('crash', () => {
    crashed = true;
  });
  const started = Date.now();
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  try {
    const handle = await page.waitForFunction(
      (expected) => {
        const rows = document.querySelector('[data-testid=summary-rows]')?.getAttribute('data-value');
        if (rows === String(expected)) return { outcome: 'loaded', at: performance.now(), message: '' };
        const alerts = [...document.querySelectorAll('[role=alert]')].map(
          (alert) => alert.textContent?.trim() ?? '',
        );
        const refusal = alerts.find((text) =>
          /not loaded|refus|too (large|big)|memory|failed|cannot/i.test(text),
        );
        if (refusal) return { outcome: 'refused', at: performance.now(), message: refusal };
        return false;
      },
      expectedRows,
      { polling: 'raf', timeout: timeoutMs },
    );
    const result = /** @type {{ outcome: 'loaded' | 'refused', at: number, message: string }} */ (
      await handle.jsonValue()
    );
    const chosenAt = await page.evaluate(() => /** @type {any} */ (window).__benchProbes.fileChosenAt);
    return {
      outcome: result.outcome,
      millis: result.at - chosenAt,
      message: result.message,
      chosenAt,
      doneAt: result.at,
    };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      outcome: crashed ? 'crashed' : 'timeout',
      millis: Date.now() - started,
      message,
      chosenAt: NaN,
      doneAt: NaN,
    };
  }
}

/**
 * The longest main-thread task (ms, 0 when none) and the number of long tasks that overlap
 * [from, to] on the page clock.
 * @param {import('@playwright/test').Page} page
 * @param {number} from
 * @param {number} to
 */
export async function longTasksBetween(page, from, to) {
  /** @type {{ start: number, duration: number }[]} */
  const tasks = await page.evaluate(() => /** @type {any} */ (window).__benchProbes.longTasks);
  const overlapping = tasks.filter((task) => task.start + task.duration >= from && task.start <= to);
  return { longestMs: Math.max(0, ...overlapping.map((task) => task.duration)), count: overlapping.length };
}

/**
 * Runs a full garbage collection in the page and in each of its live workers; returns how many
 * workers were alive.
 * @param {import('@playwright/test').Page} page
 */
export async function collectGarbageEverywhere(page) {
  const collect = () => /** @type {any} */ (globalThis).gc();
  await page.evaluate(collect);
  const workers = page.workers();
  await Promise.all(workers.map((worker) => worker.evaluate(collect)));
  return workers.length;
}
