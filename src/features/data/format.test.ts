import { describe, it, expect } from 'vitest';
import { formatCount, formatDay, formatKiloBytes, formatSales, formatShare, seriesLabel } from './format';

const DAY_2024_03_05 = 19787;

describe('data step formatting', () => {
  it('groups counts and shortens large sales in the user’s language', () => {
    expect(formatCount('en', 12_345)).toBe('12,345');
    expect(formatSales('en', 12_345)).toBe('12,345');
    expect(formatSales('en', 2_345_678)).toBe('2.3M');
    expect(formatSales('zh-CN', 2_345_678)).toBe('234.6万');
  });

  it('writes shares as percentages with one decimal', () => {
    expect(formatShare('en', 0.2463)).toBe('24.6%');
    expect(formatShare('zh-CN', 0.2463)).toBe('24.6%');
  });

  it('writes file sizes in readable units, leaving bytes to the caller', () => {
    expect(formatKiloBytes('en', 512)).toBeNull();
    expect(formatKiloBytes('en', 2048)).toBe('2.0 kB');
    expect(formatKiloBytes('en', 3_774_873)).toBe('3.6 MB');
  });

  it('writes dates in the locale’s own style, on the UTC day', () => {
    expect(formatDay('en', DAY_2024_03_05)).toBe('Mar 5, 2024');
    expect(formatDay('zh-CN', DAY_2024_03_05)).toBe('2024年3月5日');
  });
});

describe('seriesLabel', () => {
  it('shows keys as written, without the escaping of series ids in exported files', () => {
    expect(seriesLabel(['2/1'])).toBe('2/1');
    expect(seriesLabel(['STORE_2', 'ITEM_07'])).toBe('STORE_2/ITEM_07');
  });
});
