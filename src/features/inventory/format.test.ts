import { describe, expect, it } from 'vitest';
import { inventoryFormat } from './format';

const points = (sign: string, value: string) => `${sign}${value} points`;

describe('inventoryFormat', () => {
  it('writes every share with one decimal, whole ones too', () => {
    const format = inventoryFormat('en', points);
    expect(format.share(0.97)).toBe('97.0%');
    expect(format.share(0.959)).toBe('95.9%');
    expect(format.share(1)).toBe('100.0%');
  });

  it("uses the locale's own percent format", () => {
    expect(inventoryFormat('zh-CN', points).share(0.97)).toBe('97.0%');
    expect(inventoryFormat('de', points).share(0.959)).toBe('95,9\u00a0%');
  });

  it('writes differences of shares in points with one decimal and a sign', () => {
    const format = inventoryFormat('en', points);
    expect(format.points(0.02)).toBe('+2.0 points');
    expect(format.points(-0.0134)).toBe('−1.3 points');
  });
});
