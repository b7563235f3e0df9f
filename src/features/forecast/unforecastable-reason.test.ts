import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../core/dataset/types';
import { lastSalesDay } from '../shared/export-name';
import { forecastT } from './test-translation';
import { unforecastableReason, unforecastableText } from './unforecastable-reason';

// Three series: "tiny" with 3 sales values then a plan row, "long" with 6, "broken" with 5.
const target = [1, 2, 3, NaN, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1];
const dataset = {
  frequency: 'daily',
  keyNames: ['item'],
  targetName: 'sales',
  seriesIds: ['tiny', 'long', 'broken'],
  seriesKeys: [['tiny'], ['long'], ['broken']],
  seriesStart: Int32Array.from([0, 4, 10, 15]),
  historyEnd: Int32Array.from([3, 10, 15]),
  dates: Int32Array.from([10, 11, 12, 13, 0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4]),
  target: Float64Array.from(target),
  rowState: new Uint8Array(target.length),
  outlier: new Uint8Array(target.length),
  covariates: [],
} satisfies Dataset;

describe('why a series was not forecast', () => {
  const failed = new Map([['broken', 'worker crashed']]);

  it('reads "too short" from the data, with the count and the minimum', () => {
    const reason = unforecastableReason(dataset, failed, 0);
    expect(reason).toEqual({ code: 'too-short', observed: 3, needed: 4 });
    expect(unforecastableText(reason, forecastT('en'))).toBe('only 3 periods with sales (at least 4 needed)');
    expect(unforecastableText(reason, forecastT('zh-CN'))).toBe('只有 3 期有销售（至少需要 4 期）');
  });

  it('tells a long enough series no model fitted from one whose evaluation broke', () => {
    expect(unforecastableReason(dataset, failed, 1)).toEqual({ code: 'no-model' });
    expect(unforecastableReason(dataset, failed, 2)).toEqual({ code: 'failed', message: 'worker crashed' });
  });
});

describe('lastSalesDay', () => {
  it('is the latest date with a sales value, not a plan date', () => {
    expect(lastSalesDay(dataset)).toBe(12);
  });
});
