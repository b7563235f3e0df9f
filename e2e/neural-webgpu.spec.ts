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

test('when the GPU device is lost mid-training, training goes on on the next backend from where it was', async ({
  page,
}) => {
  const steps = 16;
  await setUpSmallNetwork(page, 'webgpu', { steps, evaluateEvery: 4, learningRate: 0.03 }, 'MLP');
  await page.getByTestId('train').click();
  const backend = page.getByTestId('backend');
  await expect(backend).toHaveAttribute('data-value', 'webgpu', { timeout: 30_000 });
  await expect.poll(() => lossSteps(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  // Lose the device as a driver reset would: the next command the network sends destroys it.
  const worker = page.workers().find((candidate) => candidate.url().includes('train.worker'));
  expect(worker).toBeDefined();
  await worker!.evaluate(() => {
    const device = (self as unknown as { GPUDevice: { prototype: Record<string, unknown> } }).GPUDevice;
    const encode = device.prototype.createCommandEncoder as (...args: unknown[]) => unknown;
    device.prototype.createCommandEncoder = function (this: { destroy(): void }, ...args: unknown[]) {
      device.prototype.createCommandEncoder = encode;
      this.destroy();
      return encode.apply(this, args);
    };
  });
  await expect(backend).not.toHaveAttribute('data-value', 'webgpu', { timeout: 30_000 });
  await expect(backend.locator('..')).toContainText('webgpu failed after step');
  await expectRunDone(page);
  // Every step ran once: from the last finished step on, not from the start and not twice.
  expect(await lossSteps(page)).toBe(steps);
  await expect(page.getByTestId('metrics-table').locator('tbody tr[data-model="mlp"]')).toHaveCount(1);
});
