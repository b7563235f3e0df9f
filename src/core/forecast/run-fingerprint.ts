/**
 * A run's fingerprint: a short hash of what its results depend on — the data (the derived Dataset,
 * which already reflects the file, the column mapping and the cleaning) and the settings that change
 * the numbers — stored with the run. The forecast and inventory steps compare fingerprints to decide
 * whether results are stale, instead of comparing objects: re-deriving the same data, or setting a
 * setting back, gives the same fingerprint. Runs are seeded, so an equal fingerprint means equal
 * results except where the wall-clock time budget cut the expensive models at another series, or a
 * network trained on another backend. The Interval level is no part of it: bands at any level come
 * from the stored distribution.
 *
 * The Dataset's shape (series ids, their row ranges, covariate names) is hashed whole; its values
 * (dates, sales, covariates) at most SAMPLED_VALUES per column, evenly spread, so a 30-million-row
 * catalogue is fingerprinted in milliseconds on the main thread.
 */
import type { Dataset } from '../dataset/types';

const SAMPLED_VALUES = 65_536;

/** Two 32-bit FNV-1a lanes with different offsets: 64 bits, as 16 hex digits. */
class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  private readonly scratch = new DataView(new ArrayBuffer(8));

  byte(value: number): void {
    this.a = Math.imul(this.a ^ value, 0x01000193);
    this.b = Math.imul(this.b ^ value, 0x01000193) ^ (this.b >>> 15);
  }

  number(value: number): void {
    this.scratch.setFloat64(0, value);
    for (let i = 0; i < 8; i++) this.byte(this.scratch.getUint8(i));
  }

  text(value: string): void {
    this.number(value.length);
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      this.byte(code & 0xff);
      this.byte(code >>> 8);
    }
  }

  column(values: ArrayLike<number>): void {
    this.number(values.length);
    const step = Math.max(1, Math.floor(values.length / SAMPLED_VALUES));
    for (let i = 0; i < values.length; i += step) this.number(values[i] as number);
    if (values.length > 0) this.number(values[values.length - 1] as number);
  }

  digest(): string {
    return [this.a, this.b].map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
  }
}

/** `settings`: the run's settings as plain data (JSON-serialisable), without the Interval level. */
export function runFingerprint(dataset: Dataset, settings: unknown): string {
  const hasher = new Hasher();
  hasher.text(dataset.frequency);
  hasher.text(dataset.targetName);
  for (const id of dataset.seriesIds) hasher.text(id);
  hasher.column(dataset.seriesStart);
  hasher.column(dataset.historyEnd);
  hasher.column(dataset.dates);
  hasher.column(dataset.target);
  hasher.column(dataset.rowState);
  for (const covariate of dataset.covariates) {
    // A column's role (the price, a promotion) changes what Auto makes of its plan (auto-candidates.ts).
    const roles = `${covariate.price ? ':price' : ''}${covariate.promotion ? ':promotion' : ''}`;
    hasher.text(`${covariate.name}:${covariate.kind}${roles}`);
    hasher.column(covariate.values);
  }
  hasher.text(JSON.stringify(settings));
  return hasher.digest();
}
