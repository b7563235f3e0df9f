import { describe, it, expect } from 'vitest';
import { stl } from './stl';
import { mstl } from './mstl';
import { loessSmooth } from './loess';

const PATTERN = [5, -3, 2, -4, 0]; // sums to zero

function seasonalPlusLine(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, t) => 100 + 0.5 * t + (PATTERN[t % 5] ?? 0));
}

describe('loessSmooth', () => {
  it('reproduces a straight line exactly with degree 1, jumps included', () => {
    const line = Float64Array.from({ length: 40 }, (_, t) => 3 + 2 * t);
    const out = new Float64Array(40);
    loessSmooth(line, 9, 1, 3, undefined, out);
    line.forEach((v, t) => expect(out[t]).toBeCloseTo(v, 9));
  });
});

describe('stl', () => {
  it('recovers a fixed seasonal pattern and a linear trend', () => {
    const y = seasonalPlusLine(60);
    const { seasonal, trend, remainder } = stl(y, 5);
    for (let t = 10; t < 50; t++) {
      expect(seasonal[t]).toBeCloseTo(PATTERN[t % 5] ?? 0, 1);
      expect(trend[t]).toBeCloseTo(100 + 0.5 * t, 1);
    }
    for (let t = 0; t < 60; t++)
      expect((seasonal[t] ?? 0) + (trend[t] ?? 0) + (remainder[t] ?? 0)).toBeCloseTo(y[t] ?? 0, 9);
  });

  it('with robustness, sends an outlier to the remainder instead of the seasonal', () => {
    const y = seasonalPlusLine(60);
    y[32] = (y[32] ?? 0) + 200;
    const plain = stl(y, 5);
    const robust = stl(y, 5, { robust: true });
    const seasonalError = (s: Float64Array): number => Math.abs((s[37] ?? 0) - (PATTERN[37 % 5] ?? 0));
    expect(seasonalError(robust.seasonal)).toBeLessThan(0.5);
    expect(seasonalError(plain.seasonal)).toBeGreaterThan(seasonalError(robust.seasonal));
    expect(robust.remainder[32]).toBeGreaterThan(190);
  });
});

describe('mstl', () => {
  it('separates a weekly and a monthly-like pattern and drops periods the series is too short for', () => {
    const n = 7 * 30 * 2;
    const y = Float64Array.from(
      { length: n },
      (_, t) => 50 + 6 * Math.sin((2 * Math.PI * t) / 7) + 10 * Math.cos((2 * Math.PI * t) / 30),
    );
    const result = mstl(y, [7, 30, 365]);
    expect(result.periods).toEqual([7, 30]);
    const [weekly, monthly] = result.seasonals;
    for (let t = 60; t < n - 60; t++) {
      expect(weekly?.[t]).toBeCloseTo(6 * Math.sin((2 * Math.PI * t) / 7), 0);
      expect(monthly?.[t]).toBeCloseTo(10 * Math.cos((2 * Math.PI * t) / 30), 0);
    }
  });
});
