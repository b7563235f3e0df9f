import { describe, it, expect } from 'vitest';
import { addPeriods, detectFrequency, periodKey, periodsBetween } from './frequency';
import { dayFromYmd, formatIsoDate } from './calendar';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayFromYmd(y ?? 0, m ?? 0, d ?? 0);
};
const days = (...texts: string[]) => texts.map(day);

describe('detectFrequency', () => {
  it('detects daily data, also with weekends missing', () => {
    expect(detectFrequency(days('2024-01-01', '2024-01-02', '2024-01-03'))).toBe('daily');
    // Mon-Fri for two weeks: eight 1-day steps, one 3-day step.
    const weekdays = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12].map((d) => dayFromYmd(2024, 1, d));
    expect(detectFrequency(weekdays)).toBe('daily');
  });

  it('detects weekly data with a missing week', () => {
    expect(detectFrequency(days('2010-02-05', '2010-02-12', '2010-02-19', '2010-03-05', '2010-03-12'))).toBe(
      'weekly',
    );
  });

  it('detects monthly data although months differ in length, with a gap', () => {
    expect(detectFrequency(days('2024-01-01', '2024-02-01', '2024-03-01', '2024-05-01', '2024-06-01'))).toBe(
      'monthly',
    );
    expect(detectFrequency(days('2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30'))).toBe('monthly');
  });

  it('detects quarterly data', () => {
    expect(detectFrequency(days('2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01', '2024-01-01'))).toBe(
      'quarterly',
    );
  });

  it('accepts a typed array and returns null when there is no regular step', () => {
    expect(detectFrequency(Int32Array.from(days('2024-01-01', '2024-01-08')))).toBe('weekly');
    expect(detectFrequency(days('2024-01-01'))).toBeNull();
    expect(detectFrequency([])).toBeNull();
    expect(detectFrequency(days('2024-01-01', '2024-01-15', '2024-01-29'))).toBeNull();
  });
});

describe('addPeriods', () => {
  it('steps days and weeks by a fixed count', () => {
    expect(formatIsoDate(addPeriods(day('2024-12-30'), 'daily', 3))).toBe('2025-01-02');
    expect(formatIsoDate(addPeriods(day('2012-10-26'), 'weekly', 2))).toBe('2012-11-09');
    expect(formatIsoDate(addPeriods(day('2012-10-26'), 'weekly', -1))).toBe('2012-10-19');
  });

  it('keeps the day of the month for monthly and quarterly, clamped to the month end', () => {
    expect(formatIsoDate(addPeriods(day('2018-12-01'), 'monthly', 1))).toBe('2019-01-01');
    expect(formatIsoDate(addPeriods(day('2024-01-31'), 'monthly', 1))).toBe('2024-02-29');
    expect(formatIsoDate(addPeriods(day('2024-01-31'), 'monthly', 3))).toBe('2024-04-30');
    expect(formatIsoDate(addPeriods(day('2024-11-30'), 'quarterly', 1))).toBe('2025-02-28');
    expect(formatIsoDate(addPeriods(day('2024-01-15'), 'quarterly', -2))).toBe('2023-07-15');
  });
});

describe('periodsBetween', () => {
  it('counts whole periods on the grid through the first date', () => {
    expect(periodsBetween(day('2024-01-01'), day('2024-01-31'), 'daily')).toBe(30);
    expect(periodsBetween(day('2024-01-05'), day('2024-01-25'), 'weekly')).toBe(2);
    expect(periodsBetween(day('2024-01-15'), day('2024-03-14'), 'monthly')).toBe(1);
    expect(periodsBetween(day('2024-01-15'), day('2024-03-15'), 'monthly')).toBe(2);
    expect(periodsBetween(day('2024-01-31'), day('2024-02-29'), 'monthly')).toBe(1);
    expect(periodsBetween(day('2024-01-01'), day('2024-12-31'), 'quarterly')).toBe(3);
    expect(periodsBetween(day('2024-03-15'), day('2024-01-15'), 'monthly')).toBe(-2);
    expect(periodsBetween(day('2024-03-15'), day('2024-01-20'), 'monthly')).toBe(-2);
  });

  it('inverts addPeriods', () => {
    const start = day('2023-08-31');
    for (const frequency of ['daily', 'weekly', 'monthly', 'quarterly'] as const) {
      for (let n = -15; n <= 15; n++) {
        expect(periodsBetween(start, addPeriods(start, frequency, n), frequency)).toBe(n);
      }
    }
  });
});

describe('periodKey', () => {
  it('buckets dates by period', () => {
    expect(periodKey(day('2024-03-05'), 'daily')).toBe(day('2024-03-05'));
    // Monday 4 March to Sunday 10 March 2024 share a week; Monday 11 March starts the next.
    expect(periodKey(day('2024-03-04'), 'weekly')).toBe(periodKey(day('2024-03-10'), 'weekly'));
    expect(periodKey(day('2024-03-11'), 'weekly')).toBe(periodKey(day('2024-03-10'), 'weekly') + 1);
    expect(periodKey(day('2024-03-31'), 'monthly')).toBe(2024 * 12 + 2);
    expect(periodKey(day('2024-04-01'), 'monthly')).toBe(2024 * 12 + 3);
    expect(periodKey(day('2024-06-30'), 'quarterly')).toBe(2024 * 4 + 1);
    expect(periodKey(day('2024-07-01'), 'quarterly')).toBe(2024 * 4 + 2);
  });
});
