// Writes the seeded synthetic sample public/samples/retail-synthetic-daily.csv (npm run sample:generate).
// Deterministic: running it again gives the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticRetail } from './lib/synthetic-retail.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(repoRoot, 'public/samples/retail-synthetic-daily.csv');

const csv = generateSyntheticRetail();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, csv);
const rows = csv.split('\n').length - 2; // minus the header and the final empty line
console.log(`wrote ${target}: ${rows} rows, ${(csv.length / 1e6).toFixed(2)} MB`);
