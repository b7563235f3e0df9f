import { describe, it, expect } from 'vitest';
import { createStreamDecoder, SNIFF_BYTES, type StreamDecoder } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Pushes `bytes` in slices cut at `cuts` and returns the whole text. */
function decodeInPieces(bytes: Uint8Array, cuts: number[], decoder: StreamDecoder = createStreamDecoder()) {
  let text = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.push(bytes.subarray(from, cut));
    from = cut;
  }
  return text + decoder.end();
}

/** Bytes large enough that the decoder has chosen its encoding before the interesting part. */
function padding(length = SNIFF_BYTES + 100) {
  return 'x'.repeat(length);
}

describe('createStreamDecoder', () => {
  it('decodes plain UTF-8 without a BOM', () => {
    const decoder = createStreamDecoder();
    expect(decodeInPieces(utf8('date,sales\n2024-01-01,5\n'), [], decoder)).toBe(
      'date,sales\n2024-01-01,5\n',
    );
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.hasBom).toBe(false);
    expect(decoder.replaced).toBe(0);
  });

  it.each([
    ['é (2 bytes)', 'é'],
    ['€ (3 bytes)', '€'],
    ['an emoji (4 bytes)', '📦'],
  ])('decodes %s split across two pushes at every byte boundary', (_label, char) => {
    const text = `${padding()}café ${char} done`;
    const bytes = utf8(text);
    const charStart = utf8(`${padding()}café `).length;
    const charBytes = utf8(char).length;
    for (let cut = charStart + 1; cut < charStart + charBytes; cut++) {
      expect(decodeInPieces(bytes, [cut])).toBe(text);
    }
  });

  it('decodes a multi-byte character split inside the sniffed sample, pushed byte by byte', () => {
    const text = 'name\nZoë €5 📦\n';
    const bytes = utf8(text);
    const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(decodeInPieces(bytes, cuts)).toBe(text);
  });

  it('strips a UTF-8 BOM and reports it', () => {
    const decoder = createStreamDecoder();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a;b\n')]);
    expect(decodeInPieces(bytes, [1, 2], decoder)).toBe('a;b\n');
    expect(decoder.hasBom).toBe(true);
    expect(decoder.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM, without the BOM in the text', () => {
    const text = 'Größe,€\n1,2\n';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le[2 + 2 * i] = unit & 0xff;
      le[3 + 2 * i] = unit >> 8;
      be[2 + 2 * i] = unit >> 8;
      be[3 + 2 * i] = unit & 0xff;
    }
    const leDecoder = createStreamDecoder();
    expect(decodeInPieces(le, [3, 7], leDecoder)).toBe(text);
    expect(leDecoder.encoding).toBe('utf-16le');
    expect(leDecoder.hasBom).toBe(true);
    const beDecoder = createStreamDecoder();
    expect(decodeInPieces(be, [5], beDecoder)).toBe(text);
    expect(beDecoder.encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the sample is not valid UTF-8', () => {
    const decoder = createStreamDecoder();
    // "Café;5€’\n" as Excel on Windows writes it: é = 0xE9, € = 0x80, ’ = 0x92.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x35, 0x80, 0x92, 0x0a]);
    expect(decodeInPieces(bytes, [4], decoder)).toBe('Café;5€’\n');
    expect(decoder.encoding).toBe('windows-1252');
    expect(decoder.replaced).toBe(0);
  });

  it('decides on the whole sample, so a late é still selects Windows-1252 with tiny pushes', () => {
    const bytes = new Uint8Array([...utf8('a\n'.repeat(5000)), 0xe9, 0x0a]);
    const cuts = Array.from({ length: Math.floor(bytes.length / 7) }, (_, i) => (i + 1) * 7);
    const decoder = createStreamDecoder();
    expect(decodeInPieces(bytes, cuts, decoder).endsWith('a\né\n')).toBe(true);
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('replaces invalid bytes met after the sample and counts them', () => {
    const decoder = createStreamDecoder();
    const head = utf8(`${padding()}\nok é\n`);
    const bytes = new Uint8Array([...head, 0xe9, 0x0a, ...utf8('fine € end\n'), 0xff]);
    const text = decodeInPieces(bytes, [head.length - 1, head.length + 1], decoder);
    expect(decoder.encoding).toBe('utf-8');
    expect(text.endsWith('\nok é\n\uFFFD\nfine € end\n\uFFFD')).toBe(true);
    expect(decoder.replaced).toBe(2);
  });

  it('keeps a character split just before the first invalid chunk', () => {
    const decoder = createStreamDecoder();
    const head = utf8(padding());
    const euro = utf8('€');
    const bytes = new Uint8Array([...head, ...euro, 0xff, 0x41]);
    // The cut falls inside the euro sign; the next chunk holds its rest and an invalid byte.
    const text = decodeInPieces(bytes, [head.length + 1], decoder);
    expect(text.slice(head.length)).toBe('€\uFFFDA');
    expect(decoder.replaced).toBe(1);
  });

  it('decodes an empty input to an empty string', () => {
    const decoder = createStreamDecoder();
    expect(decoder.end()).toBe('');
    expect(decoder.encoding).toBe('utf-8');
  });
});
