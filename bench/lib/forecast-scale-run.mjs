// One forecast run through the app in a fresh headless Chromium, watched for what the user feels:
// time to done, main-thread long tasks (during the run and while the results settle after it),
// peak renderer memory, when the total over all series appears on the page after the run (it is
// built in slices then), and what the page says at the end (what Auto skipped, 80% coverage).
import { openBrowserPage } from './browser-session.mjs';
import { loadInput, openForecastStep, waitForRunEnd } from './forecast-run-steps.mjs';
import { startMemorySampler } from './memory-sampler.mjs';

/** After `done`, the page still draws the final results and the chart: watched this long. */
const SETTLE_MS = 5000;

/**
 * Notes on the page's clock when `training-progress` first says done and when the total's summary
 * line (`forecast-summary-total`) first appears, as the DOM changes (a poll would add its interval).
 * @param {import('playwright').Page} page
 */
async function watchTotalAppearing(page) {
  await page.evaluate(() => {
    const probes = /** @type {any} */ (window).__benchProbes;
    const observer = new MutationObserver(() => {
      if (
        probes.doneAt === undefined &&
        document.querySelector('[data-testid=training-progress][data-state=done]')
      )
        probes.doneAt = performance.now();
      if (probes.totalAt === undefined && document.querySelector('[data-testid=forecast-summary-total]')) {
        probes.totalAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-state'] });
  });
}

/**
 * @param {string} url the app's URL
 * @param {{ kind: 'sample' } | { kind: 'file', path: string, rows: number }} input
 * @param {number} timeoutMs
 */
export async function watchForecastRun(url, input, timeoutMs) {
  const { browser, page, cdp, processRoot } = await openBrowserPage();
  try {
    await page.goto(url);
    const series = await loadInput(page, input, 600_000);
    await openForecastStep(page);
    // Once a second: reading a renderer's /proc memory maps briefly takes its address-space lock,
    // so sampling a large page often could add to the very stalls this run measures.
    const memory = startMemorySampler(processRoot, cdp, 1000);
    await watchTotalAppearing(page);
    const started = await page.evaluate(() => performance.now());
    await page.getByTestId('train').click();
    const ended = await waitForRunEnd(page, 500, timeoutMs);
    await page
      .getByTestId('interval-coverage')
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    await page
      .getByTestId('forecast-summary-total')
      .waitFor({ timeout: 120_000 })
      .catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    /** @type {{ doneAt?: number, totalAt?: number }} */
    const appeared = await page.evaluate(() => {
      const { doneAt, totalAt } = /** @type {any} */ (window).__benchProbes;
      return { doneAt, totalAt };
    });
    const peaks = await memory.stop();
    /** @type {number[]} */
    const tasks = await page.evaluate(
      (from) =>
        /** @type {{ start: number, duration: number }[]} */ (
          /** @type {any} */ (window).__benchProbes.longTasks
        )
          .filter((task) => task.start + task.duration >= from)
          .map((task) => task.duration),
      started,
    );
    const text = async (/** @type {string} */ testId) =>
      (
        (await page
          .getByTestId(testId)
          .textContent()
          .catch(() => '')) ?? ''
      )
        .replace(/\s+/g, ' ')
        .trim();
    const progress = await text('training-progress');
    const coverage = await page
      .getByTestId('interval-coverage')
      .getAttribute('data-value')
      .catch(() => null);
    return {
      state: ended.state,
      series,
      seconds: (ended.at - started) / 1000,
      // NaN when the page showed no total (fewer than two series share the forecast dates).
      totalAfterDoneSeconds:
        appeared.doneAt === undefined || appeared.totalAt === undefined
          ? NaN
          : (appeared.totalAt - appeared.doneAt) / 1000,
      longestTaskMs: Math.max(0, ...tasks),
      tasksOver50: tasks.length,
      tasksOver100: tasks.filter((ms) => ms > 100).length,
      peaks,
      skipped: /Skipped for the time budget: ([^.]*)\./.exec(progress)?.[1] ?? 'nothing',
      coverage80: coverage === null || coverage === '' ? NaN : Number(coverage),
    };
  } finally {
    await browser.close();
  }
}
