// The forecast-scale suite's input: a seeded weekly catalogue in long format (date, store, item,
// sales), stores × items series of `weeks` weeks from Monday 2023-01-02. Each series has its own
// level, yearly season (amplitude and phase), slow trend and Poisson-like noise; a fifth of them are
// intermittent (most weeks zero), so Auto meets smooth and sparse demand alike.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** @typedef {{ seed: number, stores: number, items: number, weeks: number }} CatalogueShape */

/** mulberry32: a small seeded generator, uniform in [0, 1). @param {number} seed */
function seededUniform(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {CatalogueShape} shape */
export const catalogueRowCount = (shape) => shape.stores * shape.items * shape.weeks;

/**
 * Writes the catalogue CSV to `path`.
 * @param {string} path
 * @param {CatalogueShape} shape
 */
export async function writeWeeklyCatalogue(path, shape) {
  const uniform = seededUniform(shape.seed);
  // Box–Muller: one standard normal from two uniforms.
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const firstDay = Date.UTC(2023, 0, 2);
  const dates = Array.from({ length: shape.weeks }, (_, week) =>
    new Date(firstDay + week * 7 * 86_400_000).toISOString().slice(0, 10),
  );
  const out = createWriteStream(path);
  out.write('date,store,item,sales\n');
  let chunk = '';
  for (let store = 1; store <= shape.stores; store++) {
    for (let item = 1; item <= shape.items; item++) {
      const level = Math.exp(1 + 2.5 * uniform());
      const intermittent = uniform() < 0.2;
      const amplitude = 0.3 * uniform();
      const phase = 2 * Math.PI * uniform();
      const trend = 0.004 * normal();
      for (let week = 0; week < shape.weeks; week++) {
        const mean =
          level * (1 + amplitude * Math.sin((2 * Math.PI * week) / 52 + phase)) * (1 + trend * week);
        let sales = Math.max(0, Math.round(mean + Math.sqrt(Math.max(0, mean)) * normal()));
        if (intermittent && uniform() < 0.6) sales = 0;
        chunk += `${dates[week]},S${store},I${item},${sales}\n`;
      }
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
