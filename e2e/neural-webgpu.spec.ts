import { CHROMIUM_ARGS, WEBGPU_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { test, expect } from './fixtures';
import { expectRunDone, lossSteps, setUpSmallNetwork } from './neural-steps';

// A software WebGPU adapter (SwiftShader): correctness, not speed (TRAPS.md).
test.use({
  launchOptions: { executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, ...WEBGPU_ARGS] },
});

/**
 * Software WebGPU takes seconds per recurrent step here (an LSTM did 3 of 10 steps in a minute), so
 * this spec trains the dense network: the same worker, backend choice, training loop and forecasts.
 */
const STEPS = 12;

test('forced onto WebGPU, a network trains there and its loss falls', async ({ page }) => {
  await setUpSmallNetwork(page, 'webgpu', { steps: STEPS, evaluateEvery: 4, learningRate: 0.03 }, 'MLP');
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
  await expect(page.getByTestId('metrics-table').locator('tbody tr[data-model="mlp"]')).toHaveCount(1);
});
