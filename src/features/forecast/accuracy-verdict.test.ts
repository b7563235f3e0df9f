import { describe, expect, it } from 'vitest';
import { METRIC_FIELDS, type ScoreSlot } from '../../core/forecast/score-layout';
import { accuracyVerdict } from './accuracy-verdict';
import type { AggregateMetrics, AggregateRow } from './aggregate';

function metrics(patch: Partial<AggregateMetrics>): AggregateMetrics {
  const blank = Object.fromEntries(METRIC_FIELDS.map((field) => [field, NaN])) as AggregateMetrics;
  return { ...blank, count: 40, ...patch };
}

function row(
  slot: ScoreSlot,
  test: Partial<AggregateMetrics> | null,
  validation?: Partial<AggregateMetrics>,
): AggregateRow {
  return {
    slot,
    series: 10,
    parts: {
      train: null,
      validation: validation === undefined ? null : metrics(validation),
      test: test === null ? null : metrics(test),
    },
  };
}

describe('accuracyVerdict', () => {
  it("gives the chosen model's test WAPE and its gain over seasonal naive", () => {
    const verdict = accuracyVerdict(
      [row('auto', { wape: 12, mase: 0.8 }), row('snaive', { wape: 15, mase: 1 })],
      'auto',
      'mase',
    );
    expect(verdict).toMatchObject({ part: 'test', wape: 12, comparison: 'better', aboveBenchmark: false });
    expect(verdict?.gain).toBeCloseTo(0.2);
    expect(verdict?.outrankedBy).toBeNull();
  });

  it('calls a gain under 2% either way "about the same", and a loss "worse"', () => {
    const same = accuracyVerdict([row('auto', { wape: 14.8 }), row('snaive', { wape: 15 })], 'auto', 'mase');
    expect(same?.comparison).toBe('same');
    const worse = accuracyVerdict([row('auto', { wape: 18 }), row('snaive', { wape: 15 })], 'auto', 'mase');
    expect(worse?.comparison).toBe('worse');
    expect(worse?.gain).toBeCloseTo(-0.2);
  });

  it('flags a MASE above 1 as failing the simple benchmark, even when seasonal naive does worse', () => {
    const verdict = accuracyVerdict(
      [row('auto', { wape: 30, mase: 1.2 }), row('snaive', { wape: 40, mase: 1.6 })],
      'auto',
      'mase',
    );
    expect(verdict?.comparison).toBe('better');
    expect(verdict?.aboveBenchmark).toBe(true);
    const exactlyOne = accuracyVerdict([row('auto', { wape: 30, mase: 1 })], 'auto', 'mase');
    expect(exactlyOne?.aboveBenchmark).toBe(false);
  });

  it('names the best model that ranks above the chosen one on the same periods, by the ranking metric', () => {
    const verdict = accuracyVerdict(
      [
        row('auto', { wape: 12, mase: 0.8 }),
        row('ets', { wape: 13, mase: 0.75 }),
        row('theta', { wape: 11, mase: 0.7 }),
        // Fewer periods (tried on a few series only): not comparable, though lower.
        row('croston', { wape: 5, mase: 0.2, count: 8 }),
        row('snaive', { wape: 15, mase: 1 }),
      ],
      'auto',
      'mase',
    );
    expect(verdict?.outrankedBy).toEqual({ slot: 'theta', score: 0.7, chosenScore: 0.8 });
  });

  it('compares nothing when the chosen model is seasonal naive itself', () => {
    const verdict = accuracyVerdict([row('snaive', { wape: 15, mase: 1 })], 'snaive', 'mase');
    expect(verdict?.comparison).toBe('none');
  });

  it('falls back to the validation part without a test part, and to nothing without either', () => {
    const verdict = accuracyVerdict(
      [row('auto', null, { wape: 10, mase: 0.6 }), row('snaive', null, { wape: 20, mase: 1 })],
      'auto',
      'mase',
    );
    expect(verdict).toMatchObject({ part: 'validation', comparison: 'better' });
    expect(accuracyVerdict([row('auto', null)], 'auto', 'mase')).toBeNull();
    expect(accuracyVerdict([], 'auto', 'mase')).toBeNull();
  });
});
