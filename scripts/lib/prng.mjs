// Seeded random numbers for the sample and benchmark generators: the same seed always gives
// the same file, so a sample or benchmark input can be rebuilt byte for byte.

/**
 * mulberry32: a small 32-bit generator, good enough for synthetic data (not for cryptography).
 * @param {number} seed
 * @returns {() => number} uniform numbers in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draw (Box–Muller; one of the pair is dropped to keep the generator stateless).
 * @param {() => number} random
 */
export function normal(random) {
  const u = 1 - random(); // in (0, 1], so the log is finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Poisson count with the given mean. Knuth's product method for small means; for large means a
 * rounded normal approximation, which is indistinguishable at retail volumes and avoids a long loop.
 * @param {() => number} random
 * @param {number} mean
 */
export function poisson(random, mean) {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

/**
 * Gamma draw with shape k and scale 1 (Marsaglia–Tsang; shapes below 1 use the boost u^(1/k)).
 * @param {() => number} random
 * @param {number} shape
 * @returns {number}
 */
export function gamma(random, shape) {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Negative binomial count as a gamma–Poisson mixture: mean `mean`, variance mean + mean²/dispersion.
 * A small dispersion gives the bursty, zero-heavy counts of slow-moving items.
 * @param {() => number} random
 * @param {number} mean
 * @param {number} dispersion
 */
export function negativeBinomial(random, mean, dispersion) {
  if (mean <= 0) return 0;
  return poisson(random, (mean * gamma(random, dispersion)) / dispersion);
}
