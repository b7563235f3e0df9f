// Writes the M5 subset of ../shared/data as the JSON slice neural-node.mjs reads (series of sales,
// day numbers, price and snap; a missing price is carried from the last known one).
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: node m5-slice.mjs <m5_subset_daily.csv> <out.json>');
const [headerLine = '', ...rows] = readFileSync(input, 'utf8').trim().split('\n');
const header = headerLine.split(',');
/** @param {string} name */
const col = (name) => header.indexOf(name);
/** @type {Map<string, { y: number[]; dates: number[]; price: number[]; snap: number[] }>} */
const bySeries = new Map();
for (const line of rows) {
  const cells = line.split(',');
  const key = `${cells[col('store')]}/${cells[col('item')]}`;
  let s = bySeries.get(key);
  if (!s) bySeries.set(key, (s = { y: [], dates: [], price: [], snap: [] }));
  const price = Number.parseFloat(cells[col('price')] ?? '');
  s.y.push(Number(cells[col('sales')]));
  s.dates.push(Math.round(Date.parse(`${cells[col('date')]}T00:00:00Z`) / 86_400_000));
  s.price.push(Number.isFinite(price) ? price : (s.price.at(-1) ?? 0));
  s.snap.push(Number(cells[col('snap')]) || 0);
}
writeFileSync(output, JSON.stringify({ series: [...bySeries.values()] }));
console.log(`${bySeries.size} series written to ${output}`);
