// Bundles the total-distribution core (bench/lib/total-coverage-entry.ts) for Node, for the
// scripts that measure the total's band (bench/total-coverage.mjs, bench/total-window-cap.mjs).
import { join } from 'node:path';
import { build } from 'rolldown';

/** @param {string} repoRoot */
export async function loadTotalCore(repoRoot) {
  const file = join(repoRoot, 'bench', '.out', 'total-coverage-core.mjs');
  await build({
    input: join(repoRoot, 'bench', 'lib', 'total-coverage-entry.ts'),
    platform: 'node',
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  return import(file);
}
