import { describe, it, expect } from 'vitest';
import { deriveDataset } from './derive';
import { DEFAULT_CLEANING } from './types';
import { dailyRows, longMapping, tableFromRows } from './derive-test-table';
import { defaultMinHistory } from './clean-short';

const ones = (n: number): string[] => Array.from({ length: n }, () => '1');

describe('series with too little history', () => {
  const table = tableFromRows(
    ['date', 'item', 'sales'],
    [...dailyRows('Long', ones(20)), ...dailyRows('New', ones(5), 16)],
  );

  it('are listed (two weeks minimum for daily data) and kept', () => {
    const { dataset, summary, issues } = deriveDataset(table, longMapping());
    expect(summary.shortSeries).toEqual(['New']);
    expect(dataset.seriesIds).toEqual(['Long', 'New']);
    expect(dataset.seriesStart[2]! - dataset.seriesStart[1]!).toBe(5);
    expect(issues.find((issue) => issue.code === 'short-series')).toMatchObject({
      severity: 'alert',
      count: 1,
    });
  });

  it('follow the minimum history setting when one is given', () => {
    const { summary } = deriveDataset(table, longMapping(), { ...DEFAULT_CLEANING, minHistory: 25 });
    expect(summary.shortSeries).toEqual(['Long', 'New']);
  });

  it('default to two seasons and at least 8 periods', () => {
    expect([
      defaultMinHistory('daily'),
      defaultMinHistory('weekly'),
      defaultMinHistory('monthly'),
      defaultMinHistory('quarterly'),
    ]).toEqual([14, 104, 24, 8]);
  });
});
