import { describe, it, expect } from 'vitest';
import { historySummary } from './history-summary';

const DAY_2024_01_01 = 19723;

describe('historySummary', () => {
  it('says which series, over which dates, the total and the peak, and the covariates below', () => {
    const rows = [5, 9, null, 2].map((sales, i) => ({ day: DAY_2024_01_01 + i, sales, outlier: null }));
    expect(historySummary('2/1', 'sales', rows, ['price', 'deal'])).toBe(
      '2/1: sales from 2024-01-01 to 2024-01-04, 3 periods with a value, 16 in all, highest 9 on 2024-01-02. Drawn below: price, deal.',
    );
  });

  it('says when there is nothing to show', () => {
    expect(historySummary('All series (total)', 'units', [], [])).toBe(
      'All series (total): no units to show.',
    );
  });
});
