import { describe, it, expect } from 'vitest';
import { LineEndingNormalizer } from './line-endings';

/** Normalises `text` pushed in pieces of `size` characters. */
function normalise(text: string, size = text.length || 1, delimiter = ','): string {
  const normalizer = new LineEndingNormalizer(delimiter);
  let out = '';
  for (let at = 0; at < text.length; at += size) out += normalizer.push(text.slice(at, at + size), false);
  return out + normalizer.push('', true);
}

describe('LineEndingNormalizer', () => {
  it('turns CRLF, LF and lone CR outside quotes into LF, however the text is split', () => {
    const text = 'a,b\r\n1,2\r\n3,4\n5,6\r7,8\r\n';
    for (const size of [1, 2, 3, text.length])
      expect(normalise(text, size)).toBe('a,b\n1,2\n3,4\n5,6\n7,8\n');
  });

  it('keeps line breaks and escaped quotes inside quoted values as written', () => {
    const text = 'a;b\r\n1;"x\r\ny ""q""\rz"\r\n2;"5"" tall"\n';
    for (const size of [1, 2, text.length])
      expect(normalise(text, size, ';')).toBe('a;b\n1;"x\r\ny ""q""\rz"\n2;"5"" tall"\n');
  });

  it('does not take a quote inside a plain value for the start of a quoted one', () => {
    expect(normalise('item,size\r\nTV,55" screen\r\nTV,32"\r\n')).toBe('item,size\nTV,55" screen\nTV,32"\n');
  });

  it('ends a lone CR at the very end of the text as a line break', () => {
    expect(normalise('a,b\r1,2\r', 4)).toBe('a,b\n1,2\n');
  });
});
