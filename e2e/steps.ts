import type { Page } from '@playwright/test';
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
