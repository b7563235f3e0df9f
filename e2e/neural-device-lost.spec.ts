import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, WEBGPU_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { test, expect } from './fixtures';
import { expectRunDone, lossSteps, setUpSmallNetwork } from './neural-steps';

// A software WebGPU adapter (SwiftShader) beside WebGL: both GPU backends can lose their device.
test.use({
  launchOptions: { executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, ...WEBGPU_ARGS] },
});

/**
 * Loses the training worker's GPU device as a driver reset would: the next call of `method` on
 * `api`'s prototype (one the backend makes for every kernel) first destroys the device (WebGPU) or
 * loses the context (WebGL).
 */
async function loseDeviceOnNextCall(page: Page, api: 'GPUDevice' | 'WebGL2RenderingContext'): Promise<void> {
  const worker = page.workers().find((candidate) => candidate.url().includes('train.worker'));
  expect(worker).toBeDefined();
  await worker!.evaluate((name) => {
    type Lost = { destroy(): void; getExtension(name: string): { loseContext(): void } };
    const prototype = (self as unknown as Record<string, { prototype: Record<string, unknown> }>)[name]!
      .prototype;
    const method = name === 'GPUDevice' ? 'createCommandEncoder' : 'drawElements';
    const original = prototype[method] as (...args: unknown[]) => unknown;
    prototype[method] = function (this: Lost, ...args: unknown[]) {
      prototype[method] = original;
      if (name === 'GPUDevice') this.destroy();
      else this.getExtension('WEBGL_lose_context').loseContext();
      return original.apply(this, args);
    };
  }, api);
}

for (const { backend, api, model, steps } of [
  { backend: 'webgpu', api: 'GPUDevice', model: 'MLP', steps: 16 },
  // A lost WebGL context answers no readback at all: the run must not wait for one.
  { backend: 'webgl', api: 'WebGL2RenderingContext', model: 'LSTM', steps: 60 },
] as const) {
  test(`when the ${backend} device is lost mid-training, training goes on on the next backend from where it was`, async ({
    page,
  }) => {
    await setUpSmallNetwork(
      page,
      backend,
      { steps, evaluateEvery: 4, learningRate: 0.03, patience: 100 },
      model,
    );
    await page.getByTestId('train').click();
    const shown = page.getByTestId('backend');
    await expect(shown).toHaveAttribute('data-value', backend, { timeout: 30_000 });
    await expect.poll(() => lossSteps(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await loseDeviceOnNextCall(page, api);
    await expect(shown).not.toHaveAttribute('data-value', backend, { timeout: 30_000 });
    await expect(shown.locator('..')).toContainText(`${backend} failed after step`);
    await expectRunDone(page);
    // Every step ran once: from the last finished step on, not from the start and not twice.
    expect(await lossSteps(page)).toBe(steps);
    await expect(
      page.getByTestId('metrics-table').locator(`tbody tr[data-model="${model.toLowerCase()}"]`),
    ).toHaveCount(1);
  });
}
