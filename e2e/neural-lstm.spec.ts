import { test, expect } from './fixtures';
import { downloadedText } from './steps';
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

test('the WASM backend loads its .wasm from the app under the CSP, and cancel stops training at once', async ({
  page,
}) => {
  await setUpSmallNetwork(page, 'wasm');
  await page.getByTestId('neural-steps').fill('5000');
  await page.getByTestId('train').click();
  await expect(page.getByTestId('backend')).toHaveAttribute('data-value', 'wasm', { timeout: 30_000 });
  await expect.poll(() => lossSteps(page)).toBeGreaterThan(2);
  await page.getByTestId('cancel').click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toHaveAttribute('data-state', 'cancelled');
  await expect(progress).toContainText('Training cancelled after');
  await expect(page.getByTestId('metrics-table')).toHaveCount(0);
});
