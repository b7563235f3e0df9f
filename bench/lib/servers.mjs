// The two local servers a browser benchmark talks to: the built app (vite preview, with the app's
// real CSP headers) and a bare static server for the baseline pages, on another loopback port.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** @param {string} url @param {number} timeoutMs */
async function waitUntilServing(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Serves dist/ with `vite preview` on 127.0.0.1:`port`.
 * @param {string} repoRoot
 * @param {number} port
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startAppPreview(repoRoot, port) {
  // Its own process group, so stopping it also stops the node process that npx starts.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: repoRoot,
      detached: true,
      stdio: 'ignore',
    },
  );
  const stop = () => {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(url, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Serves fixed files (URL path → file on disk) on 127.0.0.1:`port`, with no CSP.
 * @param {number} port
 * @param {Record<string, string>} routes
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startStaticServer(port, routes) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = routes[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[/** @type {'.js'} */ (extname(file))] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const stop = () => new Promise((resolve) => server.close(() => resolve(undefined)));
  return { url: `http://127.0.0.1:${port}/`, stop };
}
