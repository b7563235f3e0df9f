/**
 * The metrics table's numbers: each model's scores over all series that have them. Measures are
 * means over series (series where one is undefined left out), except WAPE, which is pooled
 * (Σ|error| / Σ|actual|) so big series weigh by their volume, and counts, which add up — the same
 * rules as the core's aggregateMetrics, read from the running totals kept as results arrive.
 */
import {
  METRIC_FIELDS,
  SCORE_PARTS,
  type MetricField,
  type ScorePart,
  type ScoreSlot,
} from '../../core/forecast/score-layout';
import type { RunResults } from '../../core/forecast/run-results';

export type AggregateMetrics = Record<MetricField, number>;

export interface AggregateRow {
  slot: ScoreSlot;
  /** Series with any score for this model. */
  series: number;
  parts: Record<ScorePart, AggregateMetrics | null>;
}

const SUMMED: ReadonlySet<MetricField> = new Set<MetricField>([
  'count',
  'mapeSkipped',
  'sumAbsError',
  'sumAbsActual',
]);

function aggregatePart(results: RunResults, slot: ScoreSlot, part: ScorePart): AggregateMetrics | null {
  const { totals, layout } = results;
  const scored = totals.scored[layout.slotIndex(slot) * SCORE_PARTS.length + SCORE_PARTS.indexOf(part)] ?? 0;
  if (scored === 0) return null;
  const metrics = {} as AggregateMetrics;
  for (const field of METRIC_FIELDS) {
    const offset = layout.offset(slot, part, field);
    const total = totals.sums[offset] as number;
    const count = totals.counts[offset] as number;
    metrics[field] = SUMMED.has(field) ? total : count === 0 ? NaN : total / count;
  }
  metrics.wape = metrics.sumAbsActual === 0 ? NaN : (100 * metrics.sumAbsError) / metrics.sumAbsActual;
  return metrics;
}

/** One row per model that scored on at least one series, Auto first (read from the running totals). */
export function aggregateResults(results: RunResults): AggregateRow[] {
  const rows: AggregateRow[] = [];
  results.layout.slots.forEach((slot, s) => {
    const parts = Object.fromEntries(
      SCORE_PARTS.map((part) => [part, aggregatePart(results, slot, part)]),
    ) as Record<ScorePart, AggregateMetrics | null>;
    if (SCORE_PARTS.every((part) => parts[part] === null)) return;
    const row = { slot, series: results.totals.slotSeries[s] ?? 0, parts };
    if (slot === 'auto') rows.unshift(row);
    else rows.push(row);
  });
  return rows;
}

/**
 * Sorts rows by a metric on the part the leaderboard ranks on (validation, where the choice is
 * made; test when there is no validation score), lowest first; rows without it go last.
 */
export function rankRows(rows: AggregateRow[], metric: MetricField, part: ScorePart): AggregateRow[] {
  const key = (row: AggregateRow): number => {
    const value = row.parts[part]?.[metric] ?? NaN;
    return Number.isNaN(value) ? Infinity : value;
  };
  return [...rows].sort((a, b) => key(a) - key(b));
}
