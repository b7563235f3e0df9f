import { test, expect } from './fixtures';
import { loadFixture } from './fixtures/files';
import { downloadedText, openForecastStep } from './steps';
import { NEURAL_HORIZON, NEURAL_SERIES, expectRunDone, lossSteps, setUpSmallNetwork } from './neural-steps';

test('an LSTM trains in its worker, then is scored, charted and exported like any model', async ({
  page,
}) => {
  await setUpSmallNetwork(page, 'auto');
  await page.getByTestId('train').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'running');
  const backend = page.getByTestId('backend');
  await expect(backend).toHaveAttribute('data-value', /^(webgpu|webgl|wasm|cpu)$/, { timeout: 30_000 });
  const name = (await backend.getAttribute('data-value')) as string;
  await expect(backend).toHaveText(new RegExp(`^${name}`));
  await expect(page.locator('.neural-progress__reason')).not.toBeEmpty();
  await expect.poll(() => lossSteps(page)).toBeGreaterThan(0);
  await expectRunDone(page);
  expect(await lossSteps(page)).toBe(20);
  // Retrained on all history for the future forecast, explained, and ranked inputs.
  await expect(progress).toContainText('retrained on all history');
  const importance = page.getByTestId('neural-importance');
  await expect(importance.getByRole('row', { name: /Past sales/ })).toBeVisible();

  const table = page.getByTestId('metrics-table');
  await expect(table.locator('tbody tr[data-model="lstm"]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-model="snaive"]')).toHaveCount(1);
  await expect(page.getByTestId('forecast-chart').getByRole('application')).toBeVisible();

  const { text } = await downloadedText(page, 'export-forecasts');
  const rows = text.trimEnd().split('\n').slice(1);
  expect(rows).toHaveLength(NEURAL_SERIES * NEURAL_HORIZON);
  for (const cells of rows.map((row) => row.split(','))) {
    expect(cells[2]).toBe('lstm');
    const [forecast, p10, p50, p90] = cells.slice(3).map(Number);
    expect(forecast).toBeGreaterThanOrEqual(0);
    expect(p10).toBeLessThanOrEqual(p50 as number);
    expect(p50).toBeLessThanOrEqual(p90 as number);
  }
});

test('the WASM backend loads its .wasm from the app under the CSP; cancel stops at once and keeps the best weights', async ({
  page,
}) => {
  await setUpSmallNetwork(page, 'wasm', { steps: 5000, evaluateEvery: 2, patience: 1000 });
  await page.getByTestId('train').click();
  await expect(page.getByTestId('backend')).toHaveAttribute('data-value', 'wasm', { timeout: 30_000 });
  await expect.poll(() => lossSteps(page)).toBeGreaterThan(3);
  await page.getByTestId('cancel').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'cancelled', { timeout: 30_000 });
  await expect(progress).toContainText('come from the best weights found so far');
  await expect(page.getByTestId('metrics-table').locator('tbody tr[data-model="lstm"]')).toHaveCount(1);
});

test('a trained LSTM is saved in the browser and listed again after a reload', async ({ page }) => {
  await setUpSmallNetwork(page, 'wasm', { steps: 10 });
  await page.getByTestId('train').click();
  await expectRunDone(page);
  await expect(page.getByTestId('training-progress')).toContainText('Saved in this browser as');
  const saved = page.getByTestId('neural-saved-models').getByTestId('neural-saved-model');
  await expect(saved).toHaveCount(1);

  await page.reload();
  // Listing reads IndexedDB directly: no training worker (and no tfjs) until the user acts.
  const trainWorkers: string[] = [];
  page.on('worker', (worker) => {
    if (worker.url().includes('train')) trainWorkers.push(worker.url());
  });
  await loadFixture(page, 'neural-small.csv');
  await openForecastStep(page);
  const listed = page.getByTestId('neural-saved-models').getByTestId('neural-saved-model');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('LSTM');
  await expect(listed).toHaveAttribute('data-matches', 'yes');
  expect(trainWorkers).toEqual([]);
  // Reused as it is: no training, scored like any model.
  await listed.getByTestId('neural-saved-forecast').click();
  await expectRunDone(page);
  expect(trainWorkers).toHaveLength(1);
  await expect(page.getByTestId('metrics-table').locator('tbody tr[data-model="lstm"]')).toHaveCount(1);
});

test('a saved model goes to a file, is deleted, comes back by import and trains on (warm start)', async ({
  page,
}) => {
  await setUpSmallNetwork(page, 'wasm', { steps: 5 });
  await page.getByTestId('train').click();
  await expectRunDone(page);
  const panel = page.getByTestId('neural-saved-models');
  await expect(panel.getByTestId('neural-saved-model')).toHaveCount(1);
  const { name, text } = await downloadedText(page, 'neural-saved-export');
  expect(name).toMatch(/^shelfcast-model-.+\.json$/);

  await panel.getByTestId('neural-saved-delete').click();
  await expect(panel.getByTestId('neural-saved-model')).toHaveCount(0);
  await expect(panel.getByRole('status')).toContainText('Deleted');

  await panel.getByTestId('neural-saved-import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(panel.getByTestId('neural-saved-model')).toHaveCount(1);
  await expect(panel.getByTestId('neural-saved-model')).toHaveAttribute('data-matches', 'yes');
  await panel.getByTestId('neural-saved-import').setInputFiles({
    name: 'not-a-model.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":1}'),
  });
  await expect(panel.getByRole('alert')).toContainText('not a Shelfcast model file');

  // Warm start: the imported network trains on from its weights, then is scored and saved anew.
  await panel.getByTestId('neural-saved-warm-start').click();
  await expectRunDone(page);
  await expect(page.getByTestId('training-progress')).toContainText(
    'Training continued from the saved model',
  );
  await expect(panel.getByTestId('neural-saved-model')).toHaveCount(2);
});
