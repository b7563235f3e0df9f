// The inventory simulator's speed kernel, shared by the Node measurement (bench/lib/inventory-speed.mjs)
// and the browser one (bench/pages/inventory-speed-worker.mjs, in Web Workers): every series of a
// slice replayed under every candidate rule, as the optimiser does. `core` carries the app's own
// simulate(), arrivalDelays(), normalQuantile() and mulberry32() (bundled from src/core).

/** Ten quantile levels × five policy shapes = 50 candidates per series. */
const LEVELS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99];
const SHAPES = [
  { kind: 'RS', q: 0 },
  { kind: 'base_stock', q: 0 },
  { kind: 'sQ', q: 1 },
  { kind: 'sQ', q: 2 },
  { kind: 'sS', q: 1 },
];
export const CANDIDATES = LEVELS.length * SHAPES.length;
const SETTINGS = { leadTime: 2, reviewPeriod: 7 };

/**
 * Seeded demand of series [from, to): a third of the series intermittent (60 % zeros), the rest smooth
 * around their own mean. Each series has its own seed, so any split of the catalogue gives the same demand.
 * @param {any} core @param {number} from @param {number} to @param {number} periods
 */
function generateDemand(core, from, to, periods) {
  const demand = new Float64Array((to - from) * periods);
  for (let s = from; s < to; s++) {
    const uniform = core.mulberry32(20240601 + s);
    const mean = 1 + 50 * uniform();
    const intermittent = s % 3 === 0;
    for (let t = 0; t < periods; t++) {
      demand[(s - from) * periods + t] =
        intermittent && uniform() < 0.6 ? 0 : Math.round(mean * (0.4 + 1.2 * uniform()));
    }
  }
  return demand;
}

/**
 * Prepares series [from, to) of `periods` periods (outside the timed part); `run()` replays them all
 * under every candidate and returns a checksum (units short over every replay), so the work cannot be
 * optimised away.
 * @param {any} core @param {{ from: number, to: number, periods: number }} slice
 */
export function prepareReplays(core, { from, to, periods }) {
  const demand = generateDemand(core, from, to, periods);
  const delays = core.arrivalDelays(periods, SETTINGS.leadTime, 0, 1);
  const record = new Float64Array(core.SIM_SLOTS);
  // One schedule per candidate, refilled per series from that series' mean and sd (normal levels).
  const schedules = SHAPES.flatMap((shape) =>
    LEVELS.map((level) => ({
      shape,
      z: core.normalQuantile(level),
      schedule: {
        kind: shape.kind,
        reviewPeriod: shape.kind === 'sQ' || shape.kind === 'base_stock' ? 1 : SETTINGS.reviewPeriod,
        reorderPoint: new Float64Array(periods),
        orderUpTo: new Float64Array(periods),
        orderQuantity: new Float64Array(periods),
      },
    })),
  );
  const options = {
    backorders: false,
    minOrderQuantity: 0,
    packSize: 1,
    shelfLife: null,
    arrivalDelay: delays,
    initialOnHand: 0,
    initialOnOrder: 0,
    initialOnOrderArrival: 0,
  };
  const run = () => {
    let checksum = 0;
    for (let s = 0; s < to - from; s++) {
      const window = demand.subarray(s * periods, (s + 1) * periods);
      let sum = 0;
      let squares = 0;
      for (const value of window) {
        sum += value;
        squares += value * value;
      }
      const mean = sum / periods;
      const sd = Math.sqrt(Math.max(0, squares / periods - mean * mean));
      for (const { shape, z, schedule } of schedules) {
        const cover =
          shape.kind === 'sQ' || shape.kind === 'base_stock' ? SETTINGS.leadTime : SETTINGS.leadTime + 6;
        const level = mean * cover + z * sd * Math.sqrt(cover);
        const q = Math.max(1, Math.round(shape.q * mean * SETTINGS.reviewPeriod));
        schedule.reorderPoint.fill(level);
        schedule.orderUpTo.fill(shape.kind === 'sS' ? level + q : level);
        schedule.orderQuantity.fill(q);
        options.initialOnHand = Math.round(level);
        core.simulate(window, 0, periods, schedule, options, record);
        checksum += record[core.SIM.short] ?? 0;
      }
    }
    return checksum;
  };
  return { run };
}

/**
 * Per replay: the demand (8 B a period), the lead times (4 B) and the three level arrays filled and
 * read (3 × 8 B written + read): what the replays move, an upper bound on the traffic they need.
 * @param {number} series @param {number} periods
 */
export const bytesTouched = (series, periods) => series * CANDIDATES * periods * (8 + 4 + 3 * 8 * 2);

/** Copy throughput (bytes read + written per second) of a 64 MiB Float64Array, best of 5. */
export function copyThroughput() {
  const source = new Float64Array(8 * 2 ** 20).fill(1);
  const target = new Float64Array(source.length);
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const start = performance.now();
    target.set(source);
    best = Math.min(best, performance.now() - start);
  }
  return (2 * source.byteLength) / (best / 1000);
}
