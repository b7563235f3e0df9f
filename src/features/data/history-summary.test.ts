import { describe, it, expect } from 'vitest';
import { dataT } from './data-test-i18n';
import { historySummary } from './history-summary';

const DAY_2024_01_01 = 19723;
const rows = [5, 9, null, 2].map((sales, i) => ({ day: DAY_2024_01_01 + i, sales, outlier: null }));

describe('historySummary', () => {
  it('says which series, over which dates, the total and the peak, and the covariates below', () => {
    expect(historySummary(dataT('en'), 'en', '2/1', 'sales', rows, ['price', 'deal'])).toBe(
      '2/1: sales from Jan 1, 2024 to Jan 4, 2024, 3 periods with a value, 16 in all, highest 9 on Jan 2, 2024. Drawn below: price, deal.',
    );
  });

  it('says the same in Chinese, with Chinese dates', () => {
    expect(historySummary(dataT('zh-CN'), 'zh-CN', '2/1', 'sales', rows, ['price'])).toBe(
      '2/1：sales，从 2024年1月1日 到 2024年1月4日，共 3 个有值的期间，合计 16，最高为 2024年1月2日 的 9。下方绘制：price。',
    );
  });

  it('says when there is nothing to show', () => {
    expect(historySummary(dataT('en'), 'en', 'All series (total)', 'units', [], [])).toBe(
      'All series (total): no units to show.',
    );
  });
});
