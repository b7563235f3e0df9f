// Bundles the app's TypeScript core (bench/lib/forecast-core-entry.ts) into one ES module Node can
// import, with rolldown (already installed as Vite's bundler), so the benchmark runs the very code
// the app ships without a TypeScript loader.
import { statSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

/** Newest modification time of any file under `dir`. @param {string} dir */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds `bench/.out/forecast-core.mjs` when it is missing or older than the sources, and returns its path.
 * @param {string} repoRoot
 * @param {string} outDir
 * @returns {Promise<string>}
 */
export async function bundleForecastCore(repoRoot, outDir) {
  const entry = join(repoRoot, 'bench', 'lib', 'forecast-core-entry.ts');
  const file = join(outDir, 'forecast-core.mjs');
  const sources = Math.max(newestMtime(join(repoRoot, 'src')), statSync(entry).mtimeMs);
  if (existsSync(file) && statSync(file).mtimeMs > sources) return file;
  await build({
    input: entry,
    platform: 'node',
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  return file;
}
