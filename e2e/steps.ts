import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Switches to the Forecast step from the step navigation. */
export async function openForecastStep(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Forecast/ })
    .click();
}

/** Opens the app, loads the bundled sample, waits for its summary and opens the Forecast step. */
export async function openForecastWithSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await openForecastStep(page);
}

/** Clicks a download button and reads the file it saves. */
export async function downloadedText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}
