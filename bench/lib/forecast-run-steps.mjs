// Steps of a forecast run in the app that the browser benchmarks share.
import { importFile } from './browser-session.mjs';

/**
 * Loads the bundled sample (`load-sample`) or a file (`file-input`) into the opened app, and returns
 * how many series the data summary counts.
 * @param {import('@playwright/test').Page} page
 * @param {{ kind: 'sample' } | { kind: 'file', path: string, rows: number }} input
 * @param {number} fileTimeoutMs how long a file may take to load
 * @returns {Promise<number>}
 */
export async function loadInput(page, input, fileTimeoutMs) {
  if (input.kind === 'sample') {
    await page.getByTestId('load-sample').click();
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
  } else {
    const loaded = await importFile(page, input.path, input.rows, fileTimeoutMs);
    if (loaded.outcome !== 'loaded')
      throw new Error(`the app did not load ${input.path}: ${loaded.outcome} ${loaded.message}`);
  }
  return Number(await page.getByTestId('summary-series').getAttribute('data-value'));
}

/**
 * Switches to the Forecast step from the step navigation.
 * @param {import('@playwright/test').Page} page
 */
export async function openForecastStep(page) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Forecast/ })
    .click();
}

/**
 * Waits until `training-progress` says the run ended (done, failed or cancelled), and returns that
 * state with the page-clock time of the check that saw it.
 * @param {import('@playwright/test').Page} page
 * @param {number | 'raf'} polling every so many ms, or every animation frame for timings
 * @param {number} timeoutMs
 * @returns {Promise<{ state: string, at: number }>}
 */
export async function waitForRunEnd(page, polling, timeoutMs) {
  const handle = await page.waitForFunction(
    () => {
      const state = document.querySelector('[data-testid=training-progress]')?.getAttribute('data-state');
      return state === 'done' || state === 'failed' || state === 'cancelled'
        ? { state, at: performance.now() }
        : false;
    },
    undefined,
    { polling, timeout: timeoutMs },
  );
  return /** @type {{ state: string, at: number }} */ (await handle.jsonValue());
}
