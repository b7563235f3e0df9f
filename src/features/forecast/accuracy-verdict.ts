/**
 * How good the forecast is, as decisions with figures that the page words (AccuracyHeadline.tsx):
 * the chosen model's typical error on held-out sales, how it compares with repeating the last
 * season, whether it fails the simple benchmark, and whether another model ranked above it.
 * Read from the leaderboard's aggregate rows (aggregate.ts), so it agrees with the table.
 */
import type { RankingMetric } from '../../core/metrics/forecast-metrics';
import type { ScorePart, ScoreSlot } from '../../core/forecast/score-layout';
import type { AggregateRow } from './aggregate';

/** The reference every run scores: seasonal naive, repeating the last season's sales. */
export const REFERENCE_SLOT: ScoreSlot = 'snaive';

/** Gains smaller than this either way read "about as good as" (noise, not a difference). */
export const SAME_WITHIN = 0.02;

export type Comparison = 'better' | 'same' | 'worse' | 'none';

export interface AccuracyVerdict {
  slot: ScoreSlot;
  /** The held-out part the figures come from: test, or validation when no series has a test part. */
  part: Extract<ScorePart, 'validation' | 'test'>;
  /** Pooled WAPE, in % (NaN when the part had no sales). */
  wape: number;
  /** Mean MASE over series. */
  mase: number;
  /** 1 − WAPE(chosen) / WAPE(seasonal naive) on the same part: 0.18 = 18 % smaller total error. */
  gain: number;
  comparison: Comparison;
  /** True when the MASE is above 1: errors larger than repeating the last season within the history. */
  aboveBenchmark: boolean;
  /**
   * The best other model on the same part by the ranking metric, when it ranks above the chosen
   * one; only models scored on exactly the same periods compete (a model tried on a few series
   * only is not comparable).
   */
  outrankedBy: { slot: ScoreSlot; score: number; chosenScore: number } | null;
}

const finite = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

export function accuracyVerdict(
  rows: readonly AggregateRow[],
  slot: ScoreSlot,
  metric: RankingMetric,
): AccuracyVerdict | null {
  const chosen = rows.find((row) => row.slot === slot);
  if (chosen === undefined) return null;
  const part = chosen.parts.test !== null ? 'test' : chosen.parts.validation !== null ? 'validation' : null;
  if (part === null) return null;
  const own = chosen.parts[part];
  if (own === null) return null;
  const reference = slot === REFERENCE_SLOT ? undefined : rows.find((row) => row.slot === REFERENCE_SLOT);
  const referenceWape = reference?.parts[part]?.wape;
  const gain =
    finite(referenceWape) && referenceWape > 0 && finite(own.wape) ? 1 - own.wape / referenceWape : NaN;
  const comparison: Comparison = !Number.isFinite(gain)
    ? 'none'
    : Math.abs(gain) < SAME_WITHIN
      ? 'same'
      : gain > 0
        ? 'better'
        : 'worse';
  const chosenScore = own[metric];
  let outrankedBy: AccuracyVerdict['outrankedBy'] = null;
  if (finite(chosenScore)) {
    for (const row of rows) {
      const other = row.parts[part];
      if (row.slot === slot || other === null || other.count !== own.count) continue;
      const score = other[metric];
      if (finite(score) && score < chosenScore && (outrankedBy === null || score < outrankedBy.score))
        outrankedBy = { slot: row.slot, score, chosenScore };
    }
  }
  return {
    slot,
    part,
    wape: own.wape,
    mase: own.mase,
    gain,
    comparison,
    aboveBenchmark: finite(own.mase) && own.mase > 1,
    outrankedBy,
  };
}
