// Bundles the inventory engine and what its benchmark needs (bench/lib/inventory-core-entry.ts) into
// one ES module Node can import, the same way bench/lib/forecast-core-bundle.mjs bundles the forecast core.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { newestMtime } from './forecast-core-bundle.mjs';

/**
 * Builds `bench/.out/inventory-core.mjs` when it is missing or older than the sources, and returns its path.
 * @param {string} repoRoot
 * @param {string} outDir
 * @returns {Promise<string>}
 */
export async function bundleInventoryCore(repoRoot, outDir) {
  const entry = join(repoRoot, 'bench', 'lib', 'inventory-core-entry.ts');
  const file = join(outDir, 'inventory-core.mjs');
  const sources = Math.max(newestMtime(join(repoRoot, 'src')), statSync(entry).mtimeMs);
  if (existsSync(file) && statSync(file).mtimeMs > sources) return file;
  await build({ input: entry, platform: 'node', logLevel: 'warn', output: { file, format: 'esm' } });
  return file;
}
