import { describe, it, expect } from 'vitest';
import { formatBytes, formatSales, formatShare, plural, seriesLabel } from './format';

describe('data step formatting', () => {
  it('groups counts and shortens large sales', () => {
    expect(formatSales(12_345)).toBe('12,345');
    expect(formatSales(2_345_678)).toBe('2.3M');
  });

  it('writes shares as percentages with one decimal', () => {
    expect(formatShare(0.2463)).toBe('24.6%');
  });

  it('writes file sizes in readable units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3_774_873)).toBe('3.6 MB');
  });

  it('chooses singular or plural', () => {
    expect(plural(1, 'series', 'series')).toBe('1 series');
    expect(plural(2_500, 'row', 'rows')).toBe('2,500 rows');
  });
});

describe('seriesLabel', () => {
  it('shows keys as written, without the escaping of series ids in exported files', () => {
    expect(seriesLabel(['2/1'])).toBe('2/1');
    expect(seriesLabel(['STORE_2', 'ITEM_07'])).toBe('STORE_2/ITEM_07');
  });
});
