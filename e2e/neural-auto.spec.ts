import { test, expect } from './fixtures';
import { expectSummary, loadFixture } from './fixtures/files';
import { openForecastStep } from './steps';
import { NEURAL_HORIZON, NEURAL_SERIES, expectRunDone } from './neural-steps';

test("Auto's default run trains no network; opted in, it shows a measured estimate and may choose the MLP", async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await loadFixture(page, 'neural-small.csv');
  await expectSummary(page, { series: NEURAL_SERIES });
  await openForecastStep(page);
  await page.getByTestId('horizon').fill(String(NEURAL_HORIZON));
  const optIn = page.getByTestId('auto-include-neural');
  await expect(page.getByTestId('model-select')).toHaveValue('auto');
  await expect(optIn).not.toBeChecked();
  await expect(page.getByText(/Auto leaves neural networks out by default/)).toBeVisible();

  // The default run: fast, classical only, no training worker.
  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const table = page.getByTestId('metrics-table');
  await expect(table.locator('tbody tr[data-model="auto"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="mlp"]')).toHaveCount(0);
  await expect(page.getByTestId('backend')).toHaveCount(0);
  expect(workers.filter((url) => url.includes('train'))).toEqual([]);

  // Opted in: the network's settings appear, and the estimate is measured on the chosen backend.
  await optIn.check();
  await page.getByTestId('neural-steps').fill('20');
  await page.getByTestId('neural-evaluateEvery').fill('5');
  await page.getByTestId('neural-batchSize').fill('32');
  await page.getByTestId('neural-backend').selectOption('wasm');
  const estimate = page.getByTestId('auto-neural-estimate');
  await expect(estimate).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(estimate).toContainText('wasm');
  await expect(estimate).toContainText('× 40 steps');
  expect(Number(await estimate.getAttribute('data-seconds'))).toBeGreaterThan(0);

  await page.getByTestId('train').click();
  await expect(page.getByTestId('backend')).toHaveAttribute('data-value', 'wasm', { timeout: 30_000 });
  await expectRunDone(page);
  await expect(table.locator('tbody tr[data-model="auto"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="mlp"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="ets"]')).toHaveCount(1);
});

test('when the network cannot train here, Auto says why (a worded code) and goes on with the other models', async ({
  page,
}) => {
  await page.goto('/');
  await loadFixture(page, 'neural-small.csv');
  await expectSummary(page, { series: NEURAL_SERIES });
  await openForecastStep(page);
  await page.getByTestId('horizon').fill(String(NEURAL_HORIZON));
  await page.getByTestId('auto-include-neural').check();
  await page.getByTestId('neural-steps').fill('20');
  // Headless Chromium without the WebGPU flags offers no adapter: forcing WebGPU must fail.
  await page.getByTestId('neural-backend').selectOption('webgpu');
  const estimate = page.getByTestId('auto-neural-estimate');
  await expect(estimate).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
  await expect(estimate).toContainText(
    /webgpu cannot run here: (this browser has no WebGPU|no WebGPU adapter)\./,
  );

  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 40_000 });
  await expect(progress.getByRole('alert')).toContainText(
    'Auto chose among the other models: webgpu cannot run here',
  );
  const table = page.getByTestId('metrics-table');
  await expect(table.locator('tbody tr[data-model="auto"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="mlp"]')).toHaveCount(0);
});
