/**
 * How the errors of one forecast window move together across its steps, which a sum over a lead
 * time depends on (a forecast too low in week 1 is usually too low in week 2 as well). The error
 * sketches keep each step's errors apart; this bank keeps a sample of whole validation windows.
 *
 * The sample is a bottom-k sample by hash: every window gets a pseudo-random key from its series
 * and position, and the bank keeps the BANK_SIZE smallest keys. That choice does not depend on
 * which worker saw which series or in which order, so banks merge like the sketches do and a run
 * gives the same bank for any pool size.
 */
import { histogramRank, type StepHistogram } from './error-sketch';
import type { ScaledErrorWindows } from './intervals';

/** Windows kept per model: enough for the 1% and 99% points of a lead-time sum to rest on a few windows. */
export const BANK_SIZE = 256;
/** A window with fewer finite steps than this share says little about how its steps move together. */
const MIN_FINITE_SHARE = 0.8;

export interface ErrorBank {
  horizon: number;
  /** Sort keys, ascending: the window's hash, then its id to break ties. */
  keys: number[];
  ids: number[];
  /** The kept windows' scaled errors, in `keys` order (window after window, `horizon` each). */
  windows: number[][];
}

export function createErrorBank(horizon: number): ErrorBank {
  return { horizon, keys: [], ids: [], windows: [] };
}

/** A 32-bit mix of a window's id (murmur3's finaliser): an even, repeatable key for each one. */
function windowKey(id: number): number {
  let h = Math.imul(id ^ (id >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const before = (key: number, id: number, otherKey: number, otherId: number): boolean =>
  key < otherKey || (key === otherKey && id < otherId);

function insert(bank: ErrorBank, key: number, id: number, errors: number[]): void {
  const size = bank.keys.length;
  if (size >= BANK_SIZE && !before(key, id, bank.keys[size - 1] as number, bank.ids[size - 1] as number))
    return;
  let at = size;
  while (at > 0 && before(key, id, bank.keys[at - 1] as number, bank.ids[at - 1] as number)) at--;
  bank.keys.splice(at, 0, key);
  bank.ids.splice(at, 0, id);
  bank.windows.splice(at, 0, errors);
  if (bank.keys.length > BANK_SIZE) {
    bank.keys.pop();
    bank.ids.pop();
    bank.windows.pop();
  }
}

/** Offers one series' validation windows to the bank (`series` must be unique within the run). */
export function addBankWindows(bank: ErrorBank, series: number, errors: ScaledErrorWindows): void {
  const { horizon, values } = errors;
  if (horizon !== bank.horizon) return;
  for (let w = 0; w * horizon < values.length; w++) {
    const errors = Array.from(values.subarray(w * horizon, (w + 1) * horizon));
    const finite = errors.filter(Number.isFinite).length;
    if (finite < MIN_FINITE_SHARE * horizon) continue;
    // Up to 64 windows per series keep ids distinct for any catalogue below 33 million series.
    const id = series * 64 + Math.min(w, 63);
    insert(bank, windowKey(id), id, errors);
  }
}

/** Adds `from` into `into`: the same bank as if one worker had seen both banks' windows. */
export function mergeErrorBank(into: ErrorBank, from: ErrorBank): void {
  from.keys.forEach((key, i) => insert(into, key, from.ids[i] as number, from.windows[i] as number[]));
}

/**
 * The bank's windows as ranks: each step's error replaced by its mid-rank share among all the
 * catalogue's errors at that step (`histograms`, one per step), so a window reads as "how far into
 * the error distribution each step fell". Missing steps read as the median; one window after another.
 */
export function bankUniforms(bank: ErrorBank, histograms: StepHistogram[]): Float32Array {
  const { horizon } = bank;
  const out = new Float32Array(bank.windows.length * horizon);
  for (let step = 0; step < horizon; step++) {
    const histogram = histograms[Math.min(step, histograms.length - 1)] as StepHistogram;
    bank.windows.forEach((errors, w) => {
      const error = errors[step] as number;
      const known = Number.isFinite(error) && histogram.total > 0;
      out[w * horizon + step] = known ? histogramRank(histogram, error) : 0.5;
    });
  }
  return out;
}
