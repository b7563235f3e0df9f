// Times a forecast run through the app in headless Chromium: load a CSV through `file-input`, go to
// the Forecast step, choose the model, press `train`, and wait for `training-progress` to be done.
import { importFile, openBrowserPage } from './browser-session.mjs';
import { openForecastStep, waitForRunEnd } from './forecast-run-steps.mjs';

const BUDGET_LABEL = 'Time budget for slow models (minutes)';

/**
 * @param {string} url the app's URL
 * @param {{ path: string, rows: number }} file
 * @param {{ model: string, budgetMinutes: number, timeoutMs: number }} options
 * @returns {Promise<{ state: string, seconds: number, progressText: string, workers: number }>}
 */
export async function timeTrainingInApp(url, file, options) {
  const { browser, page } = await openBrowserPage();
  try {
    await page.goto(url);
    const loaded = await importFile(page, file.path, file.rows, 300_000);
    if (loaded.outcome !== 'loaded')
      throw new Error(`the app did not load ${file.path}: ${loaded.outcome} ${loaded.message}`);
    await openForecastStep(page);
    await page.getByTestId('model-select').selectOption(options.model);
    await page.getByLabel(BUDGET_LABEL).fill(String(options.budgetMinutes));
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);
    const progress = page.getByTestId('training-progress');
    const started = await page.evaluate(() => performance.now());
    await page.getByTestId('train').click();
    // Timed on the page clock, up to the animation frame that sees the run end.
    const ended = await waitForRunEnd(page, 'raf', options.timeoutMs);
    return {
      state: ended.state,
      seconds: (ended.at - started) / 1000,
      progressText: (await progress.innerText()).replace(/\s+/g, ' ').trim().slice(0, 300),
      workers,
    };
  } finally {
    await browser.close();
  }
}
