// Bundles bench/lib/neural-core-entry.ts (the forecast core plus core/neural) into one ES module for
// Node, like forecast-core-bundle.mjs; tfjs stays an external import so Node loads the one copy in
// node_modules and the bench can set its backend on it.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { newestMtime } from './forecast-core-bundle.mjs';

/**
 * Builds `bench/.out/neural-core.mjs` when it is missing or older than the sources; returns its path.
 * @param {string} repoRoot
 * @param {string} outDir
 * @returns {Promise<string>}
 */
export async function bundleNeuralCore(repoRoot, outDir) {
  const entry = join(repoRoot, 'bench', 'lib', 'neural-core-entry.ts');
  const file = join(outDir, 'neural-core.mjs');
  const sources = Math.max(
    newestMtime(join(repoRoot, 'src')),
    statSync(entry).mtimeMs,
    statSync(join(repoRoot, 'bench', 'lib', 'forecast-core-entry.ts')).mtimeMs,
  );
  if (existsSync(file) && statSync(file).mtimeMs > sources) return file;
  await build({
    input: entry,
    platform: 'node',
    logLevel: 'warn',
    external: [/^@tensorflow\//],
    output: { file, format: 'esm' },
  });
  return file;
}
