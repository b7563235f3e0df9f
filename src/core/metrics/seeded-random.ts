/**
 * Small seeded random generators, so anything random (synthetic test noise, resampling) gives the
 * same numbers for the same seed on every machine.
 */

/** mulberry32: a fast 32-bit generator returning uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from a uniform generator (Box–Muller). */
export function normalSampler(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform(); // in (0, 1], so the log is finite
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
