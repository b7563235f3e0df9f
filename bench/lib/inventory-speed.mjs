// Speed of the inventory simulator: every series replayed under every candidate rule, as the optimiser
// does, with the time set against a memory-bandwidth bound (bytes the replays touch ÷ a measured copy
// throughput) to say how far the kernel is from the memory system rather than from its own arithmetic.

/** Ten quantile levels × five policy shapes = 50 candidates per series. */
const LEVELS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99];
const SHAPES = [
  { kind: 'RS', q: 0 },
  { kind: 'base_stock', q: 0 },
  { kind: 'sQ', q: 1 },
  { kind: 'sQ', q: 2 },
  { kind: 'sS', q: 1 },
];

/**
 * Seeded demand: a third of the series intermittent (60 % zeros), the rest smooth around their own mean.
 * @param {any} core @param {number} series @param {number} periods
 */
function generateDemand(core, series, periods) {
  const uniform = core.mulberry32(20240601);
  const demand = new Float64Array(series * periods);
  for (let s = 0; s < series; s++) {
    const mean = 1 + 50 * uniform();
    const intermittent = s % 3 === 0;
    for (let t = 0; t < periods; t++) {
      demand[s * periods + t] =
        intermittent && uniform() < 0.6 ? 0 : Math.round(mean * (0.4 + 1.2 * uniform()));
    }
  }
  return demand;
}

/** Copy throughput (bytes read + written per second) of a 64 MiB Float64Array, best of 5. */
function copyThroughput() {
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

/**
 * @param {any} core the bundled inventory core
 * @param {{ series: number, periods: number, repeat: number, log: (m: string) => void }} options
 */
export function measureSpeed(core, { series, periods, repeat, log }) {
  const demand = generateDemand(core, series, periods);
  const settings = { leadTime: 2, reviewPeriod: 7 };
  const delays = core.arrivalDelays(periods, settings.leadTime, 0, 1);
  const record = new Float64Array(core.SIM_SLOTS);
  // One schedule per candidate, refilled per series from that series' mean and sd (normal levels).
  const schedules = SHAPES.flatMap((shape) =>
    LEVELS.map(() => ({
      shape,
      schedule: {
        kind: shape.kind,
        reviewPeriod: shape.kind === 'sQ' || shape.kind === 'base_stock' ? 1 : settings.reviewPeriod,
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
  const times = [];
  let checksum = 0;
  for (let rep = 0; rep < repeat; rep++) {
    const start = performance.now();
    for (let s = 0; s < series; s++) {
      const window = demand.subarray(s * periods, (s + 1) * periods);
      let sum = 0;
      let squares = 0;
      for (const value of window) {
        sum += value;
        squares += value * value;
      }
      const mean = sum / periods;
      const sd = Math.sqrt(Math.max(0, squares / periods - mean * mean));
      for (const [c, { shape, schedule }] of schedules.entries()) {
        const cover =
          shape.kind === 'sQ' || shape.kind === 'base_stock' ? settings.leadTime : settings.leadTime + 6;
        const level =
          mean * cover + core.normalQuantile(LEVELS[c % LEVELS.length] ?? 0.5) * sd * Math.sqrt(cover);
        const q = Math.max(1, Math.round(shape.q * mean * settings.reviewPeriod));
        schedule.reorderPoint.fill(level);
        schedule.orderUpTo.fill(shape.kind === 'sS' ? level + q : level);
        schedule.orderQuantity.fill(q);
        options.initialOnHand = Math.round(level);
        core.simulate(window, 0, periods, schedule, options, record);
        checksum += record[core.SIM.short] ?? 0;
      }
    }
    times.push((performance.now() - start) / 1000);
    log(`speed: repetition ${rep + 1}/${repeat}: ${(times[times.length - 1] ?? NaN).toFixed(2)} s`);
  }
  times.sort((a, b) => a - b);
  // On a shared machine other work only ever adds time, so the fastest repetition is the best
  // estimate of the code's own speed; the median is reported beside it.
  const seconds = times[0] ?? NaN;
  const medianSeconds = times[Math.floor(times.length / 2)] ?? NaN;
  const replays = series * schedules.length;
  // Per replay: the demand (8 B a period), the lead times (4 B) and the three level arrays filled and
  // read (3 × 8 B written + read): what the replays move, an upper bound on the traffic they need.
  const bytes = replays * periods * (8 + 4 + 3 * 8 * 2);
  const throughput = copyThroughput();
  return {
    series,
    periods,
    candidates: schedules.length,
    seconds,
    medianSeconds,
    repetitions: times.length,
    periodSteps: replays * periods,
    nsPerStep: (seconds * 1e9) / (replays * periods),
    bytes,
    copyThroughput: throughput,
    memoryBoundSeconds: bytes / throughput,
    checksum,
  };
}
