/**
 * A short fingerprint of the data a model was trained on: series count and lengths, sales, dates
 * and covariate names, hashed. A loaded model compares it with the current data to tell the user
 * whether it was trained on exactly this data (warm-starting on changed data is fine, but worth saying).
 */
import type { SeriesInput } from '../forecast/types';

/** 32-bit FNV-1a style mixing of one 32-bit word into the hash. */
function mix(hash: number, word: number): number {
  return Math.imul(hash ^ word, 0x01000193) >>> 0;
}

function mixWords(hash: number, values: Float64Array | Int32Array): number {
  // Hash the raw bits: 2 words per double (every NaN the same bits, so NaNs hash alike too).
  const canonical = values instanceof Float64Array ? values.map((v) => (Number.isNaN(v) ? NaN : v)) : values;
  const words = new Uint32Array(canonical.buffer, canonical.byteOffset, canonical.byteLength / 4);
  let h = hash;
  for (let i = 0; i < words.length; i++) h = mix(h, words[i] as number);
  return h;
}

function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return h;
}

/** A fingerprint built series by series (so a caller can pause between slices of a large catalogue). */
export interface FingerprintBuilder {
  add(series: SeriesInput): void;
  /** The fingerprint of every series added, in order. */
  result(): string;
}

export function fingerprintBuilder(): FingerprintBuilder {
  let hash = 0x811c9dc5;
  let count = 0;
  return {
    add(s) {
      hash = mix(hash, s.y.length);
      hash = mixText(hash, s.frequency);
      hash = mixWords(hash, s.y);
      hash = mixWords(hash, s.dates);
      for (const c of s.covariates) hash = mixText(hash, c.name);
      count++;
    },
    result: () => `${count}-${hash.toString(16).padStart(8, '0')}`,
  };
}

export function dataFingerprint(series: SeriesInput[]): string {
  const builder = fingerprintBuilder();
  for (const s of series) builder.add(s);
  return builder.result();
}
