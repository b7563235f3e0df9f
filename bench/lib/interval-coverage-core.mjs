// Bundles bench/lib/interval-coverage-entry.ts for Node (rolldown, as the accuracy suite bundles
// its core) and imports it.
import { join } from 'node:path';
import { build } from 'rolldown';

/** @param {string} repoRoot */
export async function loadIntervalCore(repoRoot) {
  const file = join(repoRoot, 'bench', '.out', 'interval-coverage-core.mjs');
  await build({
    input: join(repoRoot, 'bench', 'lib', 'interval-coverage-entry.ts'),
    platform: 'node',
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  return import(file);
}
