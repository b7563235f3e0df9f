import { describe, it, expect } from 'vitest';
import { cellToText } from './cell-text';

describe('cellToText', () => {
  it('writes empty cells as empty text', () => {
    expect(cellToText(null)).toBe('');
    expect(cellToText(undefined)).toBe('');
  });

  it('writes dates as ISO dates, with the time only when there is one', () => {
    expect(cellToText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(cellToText(new Date(Date.UTC(2024, 1, 29, 13, 30)))).toBe('2024-02-29 13:30:00');
  });

  it('writes numbers with dot decimals and no float noise or exponent', () => {
    expect(cellToText(1234.5)).toBe('1234.5');
    expect(cellToText(0.1 + 0.2)).toBe('0.3');
    expect(cellToText(1e21)).toBe('1000000000000000000000');
    expect(cellToText(-3)).toBe('-3');
    expect(cellToText(0.0000001)).toBe('0.0000001');
  });

  it('keeps text and spells booleans as Excel does', () => {
    expect(cellToText('North')).toBe('North');
    expect(cellToText(true)).toBe('TRUE');
  });
});
