import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium-path.mjs';

const executablePath = findChromium() ?? undefined;
/** The port the built app is served on for the tests (another port lets two runs share a machine). */
const port = Number(process.env.SHELFCAST_E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // One worker: the e2e specs also check main-thread long tasks, which a second browser on a 2-core
  // machine would distort.
  workers: 1,
  retries: 0,
  // The HTML reporter would open a browser and wait on failure (TRAPS.md).
  reporter: [['list']],
  use: {
    baseURL: origin,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
