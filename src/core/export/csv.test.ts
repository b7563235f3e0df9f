import { describe, it, expect } from 'vitest';
import { formatCell, formatNumber, writeCsv } from './csv';

describe('formula-injection safety', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('defuses %j', (text, written) => {
    expect(formatCell(text)).toBe(written);
  });

  it('quotes a cell starting with CR after defusing it', () => {
    expect(formatCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves harmless text and negative numbers alone', () => {
    expect(formatCell('STORE_1/item-5')).toBe('STORE_1/item-5');
    expect(formatCell(-5)).toBe('-5');
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(formatCell('a,b')).toBe('"a,b"');
    expect(formatCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers with dot decimals, never exponent form or grouping', () => {
    expect(formatNumber(1234567.5)).toBe('1234567.5');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(2e21)).toBe('2000000000000000000000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(NaN)).toBe('');
    expect(formatCell(null)).toBe('');
  });
});

describe('writeCsv', () => {
  it('uses LF line ends, ends with a newline and has no BOM', () => {
    const text = writeCsv(
      ['a', 'b'],
      [
        [1, 'x'],
        [2.5, null],
      ],
    );
    expect(text).toBe('a,b\n1,x\n2.5,\n');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
