import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import {
  applyIntervals,
  calibrateIntervals,
  conformalQuantile,
  emptyStepErrors,
  intervalCoverage,
  residualStepErrors,
  scaledErrorWindows,
  stepErrorsOf,
} from './intervals';

/** Noise around a level of 100 with standard deviation `sd`, from a seeded generator. */
function noisyWindows(seed: number, windows: number, horizon: number, sd: number): Float64Array[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: windows }, () =>
    Float64Array.from({ length: horizon }, () => 100 + sd * normal()),
  );
}

describe('conformalQuantile', () => {
  it('uses the finite-sample rank so coverage is at least nominal', () => {
    const sorted = Float64Array.from({ length: 9 }, (_, i) => i + 1); // 1..9
    expect(conformalQuantile(sorted, 0.9)).toBe(9); // ⌈10·0.9⌉ = 9th
    expect(conformalQuantile(sorted, 0.1)).toBe(1); // ⌊10·0.1⌋ = 1st
    expect(conformalQuantile(sorted, 0.8)).toBe(8);
    expect(conformalQuantile(sorted, 0.5)).toBe(5);
    expect(conformalQuantile(new Float64Array(0), 0.9)).toBeNaN();
  });
});

describe('split-conformal intervals on synthetic noise', () => {
  const horizon = 4;
  const point = new Float64Array(horizon).fill(100);
  const scale = 10;

  function coverageOf(mode: 'signed' | 'absolute'): number {
    const windows = noisyWindows(1, 500, horizon, 10).map((actual) => ({ actual, forecast: point }));
    const errors = stepErrorsOf(scaledErrorWindows(windows, scale, horizon));
    const bands = applyIntervals(point, scale, calibrateIntervals(errors, 0.8, mode));
    let covered = 0;
    let count = 0;
    for (const window of noisyWindows(2, 2000, horizon, 10)) {
      const result = intervalCoverage(window, bands.p10, bands.p90);
      covered += result.covered;
      count += result.count;
    }
    return covered / count;
  }

  it('an 80% interval covers about 80% of new values (signed quantiles)', () => {
    const coverage = coverageOf('signed');
    expect(coverage).toBeGreaterThan(0.77);
    expect(coverage).toBeLessThan(0.84);
  });

  it('an 80% interval covers about 80% of new values (absolute quantiles)', () => {
    const coverage = coverageOf('absolute');
    expect(coverage).toBeGreaterThan(0.77);
    expect(coverage).toBeLessThan(0.84);
  });

  it('the user level sets the width: 95% is wider than 80% and covers about 95%', () => {
    const windows = noisyWindows(3, 500, horizon, 10).map((actual) => ({ actual, forecast: point }));
    const errors = stepErrorsOf(scaledErrorWindows(windows, scale, horizon));
    const bands = applyIntervals(point, scale, calibrateIntervals(errors, 0.95));
    expect((bands.upper[0] as number) - (bands.lower[0] as number)).toBeGreaterThan(
      (bands.p90[0] as number) - (bands.p10[0] as number),
    );
    let covered = 0;
    let count = 0;
    for (const window of noisyWindows(4, 2000, horizon, 10)) {
      const result = intervalCoverage(window, bands.lower, bands.upper);
      covered += result.covered;
      count += result.count;
    }
    expect(covered / count).toBeGreaterThan(0.93);
    expect(covered / count).toBeLessThan(0.97);
  });
});

describe('applyIntervals', () => {
  it('scales offsets by the series scale and never goes below zero', () => {
    const errors = [[-3, -1, 0, 1, 3]];
    const calibration = calibrateIntervals(errors, 0.8, 'absolute');
    const bands = applyIntervals([2], 1, calibration);
    expect(bands.p10[0]).toBe(0); // 2 − 3 clamped
    expect(bands.p50[0]).toBe(2);
    expect(bands.p90[0]).toBe(5);
    const big = applyIntervals([200], 100, calibration);
    expect(big.p90[0]).toBe(500);
  });

  it('signed quantiles keep skew: a model that under-forecasts gets a band above its forecast', () => {
    const errors = [Array.from({ length: 40 }, (_, i) => 1 + i / 10)]; // actuals always above
    const bands = applyIntervals([10], 1, calibrateIntervals(errors, 0.8, 'signed'));
    expect(bands.p10[0]).toBeGreaterThan(10);
    expect(bands.p50[0]).toBeGreaterThan(10);
  });
});

describe('sparse steps borrow from neighbours', () => {
  it('a step with few errors uses nearby steps until there are enough', () => {
    const errors = emptyStepErrors(3);
    errors[0]?.push(...Array.from({ length: 30 }, (_, i) => i - 15));
    errors[1]?.push(100); // one wild error alone must not set the step's band
    const calibration = calibrateIntervals(errors, 0.8, 'absolute');
    expect(calibration.p90[1]).toBeLessThan(100);
    expect(calibration.errorCount).toBe(31);
  });
});

describe('calibrateIntervals on a catalogue-sized pool', () => {
  it('handles 300,000 errors in one step (more than a call takes arguments)', () => {
    const errors = [Array.from({ length: 300_000 }, (_, i) => (i % 1000) - 500)];
    const calibration = calibrateIntervals(errors, 0.8, 'signed');
    expect(calibration.p90[0]).toBe(400);
    expect(calibration.p10[0]).toBe(-401);
  });
});

describe('scaledErrorWindows', () => {
  it('keeps windows in one compact array, scaled, with NaN where an actual is missing', () => {
    const windows = scaledErrorWindows(
      [
        { actual: [12, NaN], forecast: [10, 10] },
        { actual: [6], forecast: [10, 10] }, // the series ended after one step
      ],
      2,
      2,
    );
    expect(Array.from(windows.values)).toEqual([1, NaN, -2, NaN]);
    expect(stepErrorsOf(windows)).toEqual([[1, -2], []]);
  });
});

describe('residualStepErrors', () => {
  it('widens one-step residuals by √step and skips missing values', () => {
    const errors = residualStepErrors([10, 12, NaN], [NaN, 10, 5], 2, 3);
    expect(errors[0]).toEqual([1]);
    expect(errors[2]?.[0]).toBeCloseTo(Math.sqrt(3), 12);
  });
});
