import type { TextEncoding } from './types';
import { decodeWindows1252 } from './windows-1252';

/** Turns a file's bytes, pushed in chunks of any size, into text. */
export interface StreamDecoder {
  /** Decodes the next chunk; returns '' while the first SNIFF_BYTES are still being gathered. */
  push(bytes: Uint8Array): string;
  /** Flushes what is held back (the sample, an incomplete character at the very end). */
  end(): string;
  readonly encoding: TextEncoding;
  readonly hasBom: boolean;
  /** Characters replaced by U+FFFD because the bytes were not valid in the encoding. */
  readonly replaced: number;
}

/**
 * How many bytes are gathered before the encoding is chosen. Deciding on a large sample (not on the
 * first chunk, whose size depends on the caller) makes the result independent of how the bytes were
 * split, and catches a Windows-1252 'é' that only appears a few hundred rows in.
 */
export const SNIFF_BYTES = 65536;

const EMPTY = new Uint8Array(0);
const REPLACEMENT = '\uFFFD';

export function createStreamDecoder(): StreamDecoder {
  return new SniffingDecoder();
}

class SniffingDecoder implements StreamDecoder {
  encoding: TextEncoding = 'utf-8';
  hasBom = false;
  replaced = 0;
  /** Chunks gathered until the encoding is chosen; null afterwards. */
  private sample: Uint8Array[] | null = [];
  private sampleLength = 0;
  private decoder: TextDecoder | null = null;
  /**
   * True while UTF-8 is decoded with `fatal`, so the first invalid byte is noticed. Once one is met
   * the rest is decoded leniently and every U+FFFD produced is counted in `replaced`.
   */
  private strict = false;
  /** In strict mode: the bytes of an incomplete character the decoder holds from the last chunk. */
  private heldTail: Uint8Array = EMPTY;

  push(bytes: Uint8Array): string {
    if (this.sample === null) return this.decodeChunk(bytes, false);
    this.sample.push(bytes);
    this.sampleLength += bytes.length;
    return this.sampleLength < SNIFF_BYTES ? '' : this.start(false);
  }

  end(): string {
    return this.sample === null ? this.decodeChunk(EMPTY, true) : this.start(true);
  }

  private start(final: boolean): string {
    const head = concatBytes(this.sample ?? []);
    this.sample = null;
    const bomLength = this.sniffBom(head);
    const body = head.subarray(bomLength);
    if (this.encoding !== 'utf-8') {
      // ignoreBOM: the BOM was cut off above, so any later U+FEFF is content and stays.
      this.decoder = new TextDecoder(this.encoding, { ignoreBOM: true });
      return this.decodeChunk(body, final);
    }
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    this.strict = true;
    try {
      const text = this.decoder.decode(body, { stream: !final });
      this.heldTail = final ? EMPTY : incompleteUtf8Tail(EMPTY, body);
      return text;
    } catch {
      if (this.hasBom) return this.continueLeniently(body, final);
      // Not UTF-8 and no BOM: a legacy Western file (Excel's "CSV" on Windows). Every byte maps.
      this.encoding = 'windows-1252';
      this.strict = false;
      return decodeWindows1252(body);
    }
  }

  /** Sets encoding and hasBom from the first bytes; returns the BOM's length. */
  private sniffBom(head: Uint8Array): number {
    const [b0, b1, b2] = head;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      this.hasBom = true;
      return 3;
    }
    if (b0 === 0xff && b1 === 0xfe) {
      this.hasBom = true;
      this.encoding = 'utf-16le';
      return 2;
    }
    if (b0 === 0xfe && b1 === 0xff) {
      this.hasBom = true;
      this.encoding = 'utf-16be';
      return 2;
    }
    return 0;
  }

  private decodeChunk(bytes: Uint8Array, final: boolean): string {
    if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
    const decoder = this.decoder;
    if (decoder === null) return '';
    if (!this.strict) {
      const text = decoder.decode(bytes, { stream: !final });
      this.replaced += countReplacements(text);
      return text;
    }
    try {
      const text = decoder.decode(bytes, { stream: !final });
      this.heldTail = final ? EMPTY : incompleteUtf8Tail(this.heldTail, bytes);
      return text;
    } catch {
      return this.continueLeniently(concatBytes([this.heldTail, bytes]), final);
    }
  }

  /** Leaves strict mode: decodes `bytes` (held tail included) and the rest with replacement. */
  private continueLeniently(bytes: Uint8Array, final: boolean): string {
    this.strict = false;
    this.heldTail = EMPTY;
    this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const text = this.decoder.decode(bytes, { stream: !final });
    this.replaced += countReplacements(text);
    return text;
  }
}

/**
 * The bytes at the end of `previousTail + bytes` that start a UTF-8 character not yet complete
 * (what a streaming decoder holds back). Only called on data already validated as UTF-8.
 */
function incompleteUtf8Tail(previousTail: Uint8Array, bytes: Uint8Array): Uint8Array {
  const data = bytes.length >= 3 ? bytes : concatBytes([previousTail, bytes]);
  const end = data.length;
  for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
    const byte = data[i] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return end - i < needed ? data.slice(i) : EMPTY;
  }
  return EMPTY;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  return count;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
