// Rebuilds public/samples/aus-retail-monthly.csv from the converted ABS table (SOURCES.md:
// aus_retail_monthly.csv): every state × industry series from 2005-01 on, columns date,state,industry,sales.
// The ABS series id is dropped: state and industry together already name each series.
// Usage: node scripts/make-aus-retail-sample.mjs [source.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const FIRST_MONTH = '2005-01-01';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? '/work/shared/data/aus_retail_monthly.csv';
const target = resolve(repoRoot, 'public/samples/aus-retail-monthly.csv');

/** Quotes a field only when CSV needs it (industry names contain commas). @param {string} field */
function csvField(field) {
  return /[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** @type {Papa.ParseResult<Record<string, string>>} */
const parsed = Papa.parse(readFileSync(source, 'utf8'), { header: true, skipEmptyLines: true });
if (parsed.errors.length > 0) throw new Error(`cannot read ${source}: ${parsed.errors[0]?.message}`);

const lines = ['date,state,industry,sales'];
const series = new Set();
for (const row of parsed.data) {
  if ((row.date ?? '') < FIRST_MONTH) continue;
  series.add(`${row.state}/${row.industry}`);
  lines.push([row.date, row.state, row.industry, row.sales].map((cell) => csvField(cell ?? '')).join(','));
}
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`wrote ${target}: ${lines.length - 1} rows, ${series.size} series`);
