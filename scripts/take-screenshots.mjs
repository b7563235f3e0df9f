// `node scripts/take-screenshots.mjs`: retakes the README's screenshots from the built app (run
// `npm run build` first): the Data, Forecast and Inventory steps on the bundled sample, in English
// and in Chinese, into docs/screenshots/. One forecast and one plan; the language is switched in place.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const port = Number(process.env.SHELFCAST_SHOT_PORT ?? 4191);
const origin = `http://127.0.0.1:${port}`;
const outDir = 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  await waitFor(origin);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  await page.goto(origin);
  await page.getByTestId('load-sample').click();
  await page.getByTestId('dataset-summary').waitFor();
  await shootBoth(page, 'data');

  await stepButton(page, 1).click();
  await page.getByTestId('train').click();
  await page.locator('[data-testid="training-progress"][data-state="done"]').waitFor({ timeout: 300_000 });
  await shootBoth(page, 'forecast', 'forecast-headline');

  await stepButton(page, 2).click();
  await page.getByTestId('run-inventory').click();
  await page.getByTestId('kpi-table').waitFor({ timeout: 300_000 });
  await shootBoth(page, 'inventory', 'kpi-table');
  await browser.close();
} finally {
  server.kill();
}

/** @param {import('@playwright/test').Page} page @param {number} index */
function stepButton(page, index) {
  return page.getByRole('navigation').getByRole('button').nth(index);
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @param {string} [testId] the element to put at the top of the picture (else the page's top)
 */
async function shootBoth(page, name, testId) {
  for (const language of ['en', 'zh-CN']) {
    await page.getByTestId('lang-select').selectOption(language);
    await page.evaluate((id) => {
      const target = id ? document.querySelector(`[data-testid="${id}"]`) : null;
      window.scrollTo(0, target ? target.getBoundingClientRect().top + window.scrollY - 16 : 0);
    }, testId);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outDir}/${name}-${language}.png` });
    console.log(`${outDir}/${name}-${language}.png`);
  }
  await page.getByTestId('lang-select').selectOption('en');
}

/** @param {string} url */
async function waitFor(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}
