import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';
import { openForecastStep } from './steps';

/** neural-small.csv: 6 products × 200 days (make-neural-small.mjs). */
export const NEURAL_SERIES = 6;
export const NEURAL_HORIZON = 7;

/** Loads the fixture and sets up a small, quick network (LSTM: 20 steps, validation every 5, unless changed). */
export async function setUpSmallNetwork(
  page: Page,
  backend: string,
  changes: Record<string, number> = {},
  model = 'LSTM',
): Promise<void> {
  await page.goto('/');
  await loadFixture(page, 'neural-small.csv');
  await expectSummary(page, { series: NEURAL_SERIES });
  await openForecastStep(page);
  await page.getByTestId('model-select').selectOption({ label: model });
  await page.getByTestId('horizon').fill(String(NEURAL_HORIZON));
  const set = async (field: string, value: number) => page.getByTestId(`neural-${field}`).fill(String(value));
  await set('steps', 20);
  await set('evaluateEvery', 5);
  await set('lookback', 14);
  await set('units', 8);
  await set('batchSize', 32);
  await set('learningRate', 0.01);
  for (const [field, value] of Object.entries(changes)) await set(field, value);
  await page.getByTestId('neural-backend').selectOption(backend);
}

/** Number of loss points the chart shows now. */
export async function lossSteps(page: Page): Promise<number> {
  return Number(await page.getByTestId('loss-chart').getAttribute('data-steps'));
}

export async function expectRunDone(page: Page): Promise<void> {
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 50_000 });
  const bar = progress.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', (await bar.getAttribute('aria-valuemax')) ?? '');
}
