/**
 * Lead times of the orders a simulation may place, one per period, drawn before the run so every
 * candidate policy meets the same lead times (common random numbers make their costs comparable).
 */
import { mulberry32, normalSampler } from '../metrics/seeded-random';

/**
 * Whole-period delays from an order at period t to its arrival: the mean when `sd` is 0, else seeded
 * normal draws rounded and floored at 0. Orders never cross: an order never arrives before one
 * placed earlier, as with a single supplier shipping in sequence.
 */
export function arrivalDelays(periods: number, mean: number, sd: number, seed: number): Int32Array {
  const delays = new Int32Array(periods).fill(mean);
  if (sd <= 0) return delays;
  const normal = normalSampler(mulberry32(seed));
  let lastArrival = -1;
  for (let t = 0; t < periods; t++) {
    const arrival = Math.max(t + Math.max(0, Math.round(mean + sd * normal())), lastArrival);
    delays[t] = arrival - t;
    lastArrival = arrival;
  }
  return delays;
}
