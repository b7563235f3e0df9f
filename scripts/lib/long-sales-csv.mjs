// The benchmark input: a large long-format sales file (date,store,item,sales,price,promo), one row
// per store × item × day, sorted by store, item, date. Seeded, so every run reads the same bytes.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32, poisson } from './prng.mjs';

const DAY_MS = 86_400_000;

/**
 * @typedef {object} LongSalesShape
 * @property {number} seed
 * @property {number} stores
 * @property {number} items items per store
 * @property {number} days
 * @property {string} firstDate ISO date
 */

export const LONG_SALES_HEADER = 'date,store,item,sales,price,promo';

/** @param {LongSalesShape} shape */
export function longSalesRowCount(shape) {
  return shape.stores * shape.items * shape.days;
}

/**
 * Yields the file as text chunks of about `chunkRows` rows (the header comes with the first).
 * @param {LongSalesShape} shape
 * @param {number} [chunkRows]
 * @returns {Generator<string>}
 */
export function* longSalesChunks(shape, chunkRows = 20_000) {
  const random = mulberry32(shape.seed);
  const firstMs = Date.parse(`${shape.firstDate}T00:00:00Z`);
  const dates = Array.from({ length: shape.days }, (_, day) =>
    new Date(firstMs + day * DAY_MS).toISOString().slice(0, 10),
  );
  const weekdayFactor = [1.3, 0.85, 0.8, 0.85, 0.95, 1.15, 1.35]; // Sunday first, as getUTCDay counts
  const weekdays = dates.map((_, day) => weekdayFactor[new Date(firstMs + day * DAY_MS).getUTCDay()] ?? 1);
  let lines = [LONG_SALES_HEADER];
  for (let store = 1; store <= shape.stores; store += 1) {
    const storeId = `S${String(store).padStart(3, '0')}`;
    for (let item = 1; item <= shape.items; item += 1) {
      const itemId = `I${String(item).padStart(4, '0')}`;
      const level = 0.2 + random() ** 2 * 30;
      const basePrice = 0.5 + random() * 15;
      for (let day = 0; day < shape.days; day += 1) {
        // About one day in eight is on promotion, at 20 % off with a matching lift.
        const promo = random() < 0.125 ? 1 : 0;
        const price = promo ? basePrice * 0.8 : basePrice;
        const sales = poisson(random, level * (weekdays[day] ?? 1) * (promo ? 1.6 : 1));
        lines.push(`${dates[day]},${storeId},${itemId},${sales},${price.toFixed(2)},${promo}`);
        if (lines.length >= chunkRows) {
          yield `${lines.join('\n')}\n`;
          lines = [];
        }
      }
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * Writes the file and returns its row count (without the header) and size in bytes.
 * @param {string} path
 * @param {LongSalesShape} shape
 */
export function writeLongSalesCsv(path, shape) {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of longSalesChunks(shape)) bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return { rows: longSalesRowCount(shape), bytes };
}
