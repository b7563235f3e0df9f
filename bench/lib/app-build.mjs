// Builds the app into dist/ when there is no build or when a source file is newer than it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** Newest modification time (ms) of a file or of any file under a folder. @param {string} path */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * @param {string} repoRoot
 * @param {(message: string) => void} log
 */
export function ensureAppBuild(repoRoot, log) {
  const builtIndex = join(repoRoot, 'dist', 'index.html');
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const sourcesAt = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(repoRoot, input))));
  if (builtAt >= sourcesAt) {
    log('dist/ is up to date');
    return;
  }
  log(builtAt === 0 ? 'no dist/: building the app' : 'dist/ is older than the sources: rebuilding');
  execFileSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
