import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import {
  addErrorWindows,
  binValue,
  createErrorSketch,
  mergeErrorSketch,
  sketchBin,
  histogramQuantile,
  histogramRank,
  stepErrorCount,
  stepHistogram,
} from './error-sketch';
import { conformalQuantile, emptyStepErrors } from './intervals';

const HORIZON = 4;

/** Skewed errors (a normal plus an exponential tail) whose spread grows with the step. */
function errorWindows(count: number, seed: number): Float32Array {
  const normal = normalSampler(mulberry32(seed));
  const random = mulberry32(seed + 1);
  return Float32Array.from({ length: count * HORIZON }, (_, i) => {
    const step = i % HORIZON;
    return (1 + step) * (normal() - Math.log(1 - random()));
  });
}

describe('sketch bins', () => {
  it('maps a value to a bin whose value is within 1% of it (or 0.0001 near zero)', () => {
    for (const value of [-5000, -12.5, -1, -0.3, 0, 0.00005, 0.02, 0.7, 3, 250, 9000]) {
      const back = binValue(sketchBin(value));
      expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.max(0.0001, Math.abs(value) * 0.01));
    }
  });

  it('keeps the order of values and clamps far outliers into the outermost bins', () => {
    expect(sketchBin(-1)).toBeLessThan(sketchBin(-0.5));
    expect(sketchBin(0.5)).toBeLessThan(sketchBin(1));
    expect(sketchBin(1e12)).toBe(sketchBin(1e9));
    expect(sketchBin(-Infinity)).toBe(0);
  });
});

describe('histogramQuantile', () => {
  const values = errorWindows(500, 11);
  const sketch = createErrorSketch(HORIZON);
  addErrorWindows(sketch, { horizon: HORIZON, values });
  const exactErrors = emptyStepErrors(HORIZON);
  values.forEach((value, i) => exactErrors[i % HORIZON]?.push(value));

  it('gives the same conformal quantiles as the raw errors, within the bin width', () => {
    for (let step = 0; step < HORIZON; step++) {
      const sorted = Float64Array.from(exactErrors[step] ?? []).sort();
      const histogram = stepHistogram(sketch, step);
      for (const p of [0.01, 0.1, 0.25, 0.5, 0.8, 0.9, 0.975, 0.99]) {
        const want = conformalQuantile(sorted, p);
        expect(Math.abs(histogramQuantile(histogram, p) - want)).toBeLessThanOrEqual(
          0.01 * Math.abs(want) + 1e-4,
        );
      }
    }
    expect(stepErrorCount(sketch, 0)).toBe(500);
    // The skew survives: the upper tail is longer than the lower one.
    const histogram = stepHistogram(sketch, 0);
    const [p10, p50, p90] = [0.1, 0.5, 0.9].map((p) => histogramQuantile(histogram, p)) as [
      number,
      number,
      number,
    ];
    expect(p90 - p50).toBeGreaterThan(p50 - p10);
  });

  it('ranks an error by the share of errors below it', () => {
    const histogram = stepHistogram(sketch, 1);
    const median = histogramQuantile(histogram, 0.5);
    expect(histogramRank(histogram, median)).toBeCloseTo(0.5, 1);
    expect(histogramRank(histogram, histogramQuantile(histogram, 0.9))).toBeCloseTo(0.9, 1);
    expect(histogramRank(histogram, -1e9)).toBeGreaterThan(0);
    expect(histogramRank(histogram, 1e9)).toBeLessThan(1);
  });

  it('borrows from neighbouring steps when a step has too few errors', () => {
    const sparse = createErrorSketch(HORIZON);
    addErrorWindows(sparse, { horizon: HORIZON, values: Float32Array.from([1, 2, 3, NaN]) });
    addErrorWindows(sparse, {
      horizon: HORIZON,
      values: Float32Array.from({ length: 40 * HORIZON }, (_, i) => (i % HORIZON === 3 ? 10 : NaN)),
    });
    expect(stepErrorCount(sparse, 3)).toBe(40);
    expect(stepErrorCount(sparse, 0)).toBe(1);
    // Step 0 has one own error (1): with its neighbours up to step 3 it holds 43 errors, mostly 10s.
    // Bin values stand within 1% of the value.
    expect(Math.abs(histogramQuantile(stepHistogram(sparse, 0), 0.9) - 10)).toBeLessThan(0.1);
    expect(Math.abs(histogramQuantile(stepHistogram(sparse, 3), 0.1) - 10)).toBeLessThan(0.1);
  });
});

describe('mergeErrorSketch', () => {
  it('gives the same sketch whatever the partition and order of the errors', () => {
    const values = errorWindows(300, 5);
    const whole = createErrorSketch(HORIZON);
    addErrorWindows(whole, { horizon: HORIZON, values });
    const parts = [values.subarray(0, 400), values.subarray(400, 404), values.subarray(404)];
    const merged = createErrorSketch(HORIZON);
    for (const part of [...parts].reverse()) {
      const piece = createErrorSketch(HORIZON);
      addErrorWindows(piece, { horizon: HORIZON, values: part });
      mergeErrorSketch(merged, piece);
    }
    expect(merged.counts).toEqual(whole.counts);
    expect(histogramQuantile(stepHistogram(merged, 2), 0.9)).toBe(
      histogramQuantile(stepHistogram(whole, 2), 0.9),
    );
  });

  it('refuses sketches of different horizons', () => {
    expect(() => mergeErrorSketch(createErrorSketch(4), createErrorSketch(5))).toThrow(/horizons 4 and 5/);
  });
});
