import { describe, expect, it } from 'vitest';
import { formatMetric, formatParameter } from './format-metric';

describe('formatParameter', () => {
  it('writes ordinary values with four significant digits', () => {
    expect(formatParameter(0.123456)).toBe('0.1235');
    expect(formatParameter(-1234.5678)).toBe('-1,235');
    expect(formatParameter(0)).toBe('0');
  });

  it('writes very small and very large values in exponent form, never as a row of zeros', () => {
    expect(formatParameter(1.2345e-30)).toBe('1.235e-30');
    expect(formatParameter(-5e-7)).toBe('-5e-7');
    expect(formatParameter(3e15)).toBe('3e+15');
  });

  it('writes a dash for a value that is not a number', () => {
    expect(formatParameter(NaN)).toBe('–');
    expect(formatParameter(Infinity)).toBe('–');
  });
});

describe('formatMetric', () => {
  it('gives each metric its decimals and unit', () => {
    expect(formatMetric(0.12345, 'mase')).toBe('0.123');
    expect(formatMetric(12.345, 'smape')).toBe('12.3%');
    expect(formatMetric(0.8, 'coverage80')).toBe('80%');
    expect(formatMetric(undefined, 'mase')).toBe('–');
  });
});
