import { CHROMIUM_ARGS, WEBGPU_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { test, expect } from './fixtures';
import { expectRunDone, lossSteps, setUpSmallLstm } from './neural-steps';

// A software WebGPU adapter (SwiftShader): correctness, not speed (TRAPS.md).
test.use({
  launchOptions: { executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, ...WEBGPU_ARGS] },
});

/** Software WebGPU runs an LSTM step in seconds: a short lookback and few steps fit the test's minute. */
const STEPS = 10;

test('forced onto WebGPU, the LSTM trains there and its loss falls', async ({ page }) => {
  await setUpSmallLstm(page, 'webgpu', { steps: STEPS, lookback: 4, batchSize: 16, learningRate: 0.03 });
  await page.getByTestId('train').click();
  const backend = page.getByTestId('backend');
  await expect(backend).toHaveAttribute('data-value', 'webgpu', { timeout: 30_000 });
  await expect(backend).toHaveText(/^webgpu/);
  await expectRunDone(page);
  expect(await lossSteps(page)).toBe(STEPS);
  const chart = page.getByTestId('loss-chart');
  const start = Number(await chart.getAttribute('data-train-start'));
  const end = Number(await chart.getAttribute('data-train-end'));
  expect(end).toBeLessThan(start);
  await expect(page.getByTestId('metrics-table').locator('tbody tr[data-model="lstm"]')).toHaveCount(1);
});
