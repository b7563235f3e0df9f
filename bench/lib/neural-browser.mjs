// The browser half of the neural suite: builds the bench page (bench/pages/neural.html: the app's
// data core and its real training worker, plus a tensor-memory probe), serves it with the app's CSP
// and drives it in headless Chromium, one fresh worker per run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, WEBGPU_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { newestMtime } from './forecast-core-bundle.mjs';

/**
 * @typedef {import('../pages/neural-page').BenchRun} BenchRun
 * @typedef {import('../pages/neural-page').BenchOutcome} BenchOutcome
 */

/**
 * Builds bench/.out/neural-page/ when it is missing or older than src/ or bench/pages/.
 * @param {string} repoRoot @param {(message: string) => void} log
 */
function ensurePageBuild(repoRoot, log) {
  const config = join(repoRoot, 'bench', 'pages', 'neural-vite.config.ts');
  const built = join(repoRoot, 'bench', '.out', 'neural-page', 'neural.html');
  const sources = Math.max(newestMtime(join(repoRoot, 'src')), newestMtime(join(repoRoot, 'bench', 'pages')));
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  log('building the neural bench page');
  execFileSync('npx', ['vite', 'build', '--config', config, '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

/**
 * Serves the built page with `vite preview` (the app's CSP headers) on 127.0.0.1:`port`.
 * @param {string} repoRoot @param {number} port
 */
async function startPagePreview(repoRoot, port) {
  const config = join(repoRoot, 'bench', 'pages', 'neural-vite.config.ts');
  const server = spawn('npx', ['vite', 'preview', '--config', config, '--port', String(port)], {
    cwd: repoRoot,
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}/neural.html`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${url} did not answer within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { url, stop };
}

/**
 * Opens the bench page in one headless Chromium with the software-WebGPU flags (TRAPS.md) and
 * loads `csvFile` into it; `run` then trains once per call in a fresh worker.
 * @param {string} repoRoot @param {number} port @param {string} csvFile
 * @param {(message: string) => void} log
 */
export async function openNeuralBench(repoRoot, port, csvFile, log) {
  ensurePageBuild(repoRoot, log);
  const server = await startPagePreview(repoRoot, port);
  const executablePath = findChromium();
  if (!executablePath) {
    server.stop();
    throw new Error('no Chromium found: install Debian chromium or set SHELFCAST_CHROMIUM');
  }
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...WEBGPU_ARGS] });
  const close = async () => {
    await browser.close();
    server.stop();
  };
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(0);
    await page.goto(server.url);
    await page.waitForFunction(() => 'neuralBench' in window);
    const name = csvFile.split('/').at(-1) ?? 'data.csv';
    const loaded = await page.evaluate(
      ([text, fileName]) => /** @type {any} */ (window).neuralBench.loadCsv(text, fileName),
      [readFileSync(csvFile, 'utf8'), name],
    );
    log(`bench page: ${name} loaded (${loaded.series} ${loaded.frequency} series)`);
    /** @param {BenchRun} options @returns {Promise<BenchOutcome>} */
    const run = (options) => page.evaluate((o) => /** @type {any} */ (window).neuralBench.run(o), options);
    const gpuAdapter = await page.evaluate(async () => {
      const gpu = /** @type {any} */ (navigator).gpu;
      const adapter = gpu ? await gpu.requestAdapter() : null;
      if (!adapter) return null;
      const info = adapter.info ?? {};
      return `${info.vendor ?? ''} ${info.architecture ?? ''} ${info.description ?? ''}`.trim();
    });
    return { loaded, run, gpuAdapter, close };
  } catch (error) {
    await close();
    throw error;
  }
}
