/**
 * Running sums of every series' scores, per score slot, part and metric field, kept up to date as
 * results stream in, so the leaderboard reads a few hundred numbers instead of looping over 30,000
 * series' packed scores on every refresh. Each version of the results has its own copy (copyTotals):
 * the functions below change only a copy that is not yet published.
 */
import {
  FIELD_COUNT,
  METRIC_FIELDS,
  PART_STRIDE,
  SCORE_PARTS,
  SLOT_STRIDE,
  type ScoreLayout,
} from './score-layout';

export interface ScoreTotals {
  /** Sum of the defined (non-NaN) values of each field over series with a score for that part. */
  readonly sums: Float64Array;
  /** How many values each sum holds. */
  readonly counts: Int32Array;
  /** Series scored (count > 0) per slot and part, at slot · parts + part. */
  readonly scored: Int32Array;
  /** Series with a score on any part, per slot. */
  readonly slotSeries: Int32Array;
}

/** Empty sums for a run's score layout: one number per field of a series' block. */
export function createScoreTotals(layout: ScoreLayout): ScoreTotals {
  return {
    sums: new Float64Array(layout.seriesStride),
    counts: new Int32Array(layout.seriesStride),
    scored: new Int32Array(layout.slots.length * SCORE_PARTS.length),
    slotSeries: new Int32Array(layout.slots.length),
  };
}

export function copyTotals(totals: ScoreTotals): ScoreTotals {
  return {
    sums: totals.sums.slice(),
    counts: totals.counts.slice(),
    scored: totals.scored.slice(),
    slotSeries: totals.slotSeries.slice(),
  };
}

const COUNT_FIELD = METRIC_FIELDS.indexOf('count');

/** Adds (sign 1) or removes (sign −1) one series' block of scores (the layout's stride). */
export function addSeriesScores(totals: ScoreTotals, scores: Float32Array, sign: 1 | -1): void {
  const slots = totals.slotSeries.length;
  for (let slot = 0; slot < slots; slot++) {
    let any = false;
    for (let part = 0; part < SCORE_PARTS.length; part++) {
      const block = slot * SLOT_STRIDE + part * PART_STRIDE;
      if (!((scores[block + COUNT_FIELD] as number) > 0)) continue;
      any = true;
      const at = slot * SCORE_PARTS.length + part;
      totals.scored[at] = (totals.scored[at] as number) + sign;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const value = scores[block + field] as number;
        if (Number.isNaN(value)) continue;
        totals.sums[block + field] = (totals.sums[block + field] as number) + sign * value;
        totals.counts[block + field] = (totals.counts[block + field] as number) + sign;
      }
    }
    if (any) totals.slotSeries[slot] = (totals.slotSeries[slot] as number) + sign;
  }
}

/**
 * Keeps the sums right when one score of one series changes from `old` to `value` (its block is
 * left as it was): the value counts only where that part of the slot is scored.
 */
export function replaceInTotals(
  totals: ScoreTotals,
  scores: Float32Array,
  offset: number,
  old: number,
  value: number,
): void {
  const partStart = offset - (offset % PART_STRIDE);
  if (!((scores[partStart + COUNT_FIELD] as number) > 0)) return;
  if (!Number.isNaN(old)) {
    totals.sums[offset] = (totals.sums[offset] as number) - old;
    totals.counts[offset] = (totals.counts[offset] as number) - 1;
  }
  if (!Number.isNaN(value)) {
    totals.sums[offset] = (totals.sums[offset] as number) + value;
    totals.counts[offset] = (totals.counts[offset] as number) + 1;
  }
}
