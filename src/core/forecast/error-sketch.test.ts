import { describe, it, expect } from 'vitest';
import { mulberry32, normalSampler } from '../metrics/seeded-random';
import {
  addErrorWindows,
  binValue,
  calibrateSketch,
  createErrorSketch,
  mergeErrorSketch,
  sketchBin,
  stepErrorCount,
} from './error-sketch';
import { calibrateIntervals, emptyStepErrors } from './intervals';

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

describe('calibrateSketch', () => {
  const values = errorWindows(500, 11);
  const sketch = createErrorSketch(HORIZON);
  addErrorWindows(sketch, { horizon: HORIZON, values });
  const exactErrors = emptyStepErrors(HORIZON);
  values.forEach((value, i) => exactErrors[i % HORIZON]?.push(value));

  it('gives the same conformal quantiles as the raw errors, within the bin width', () => {
    const approx = calibrateSketch(sketch, 0.95);
    const exact = calibrateIntervals(exactErrors, 0.95);
    for (const band of ['p10', 'p50', 'p90', 'lower', 'upper'] as const) {
      for (let step = 0; step < HORIZON; step++) {
        const want = exact[band][step] as number;
        expect(Math.abs((approx[band][step] as number) - want)).toBeLessThanOrEqual(
          0.01 * Math.abs(want) + 1e-4,
        );
      }
    }
    expect(approx.errorCount).toBe(500 * HORIZON);
    // The skew survives: the upper tail is longer than the lower one.
    expect((approx.p90[0] as number) - (approx.p50[0] as number)).toBeGreaterThan(
      (approx.p50[0] as number) - (approx.p10[0] as number),
    );
  });

  it('gives symmetric bands from the absolute errors in absolute mode', () => {
    const approx = calibrateSketch(sketch, 0.8, 'absolute');
    const exact = calibrateIntervals(exactErrors, 0.8, 'absolute');
    expect(approx.p10[2]).toBe(-(approx.p90[2] as number));
    expect(Math.abs((approx.p90[2] as number) - (exact.p90[2] as number))).toBeLessThan(
      0.01 * (exact.p90[2] as number),
    );
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
    const calibration = calibrateSketch(sparse, 0.8);
    // Step 0 has one own error (1): with its neighbours up to step 3 it holds 43 errors, mostly 10s.
    // Bin values stand within 1% of the value.
    expect(Math.abs((calibration.p90[0] as number) - 10)).toBeLessThan(0.1);
    expect(Math.abs((calibration.p10[3] as number) - 10)).toBeLessThan(0.1);
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
    expect(calibrateSketch(merged, 0.9)).toEqual(calibrateSketch(whole, 0.9));
  });

  it('refuses sketches of different horizons', () => {
    expect(() => mergeErrorSketch(createErrorSketch(4), createErrorSketch(5))).toThrow(/horizons 4 and 5/);
  });
});
