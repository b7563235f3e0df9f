/**
 * The packed layout of one series' scores: for every score slot (each model, then Auto), for each
 * part (train, validation, test), the metric fields. One Float64Array per series crosses from the
 * worker; the main thread keeps all series in one typed array instead of millions of small objects.
 */
import { MODEL_REGISTRY, type ModelId } from './model-registry';
import type { ForecastMetrics } from '../metrics/forecast-metrics';

export type ScoreSlot = ModelId | 'auto';

/** Every registry model, in the order the metrics table lists them, then Auto. */
export const SCORE_SLOTS: readonly ScoreSlot[] = [
  ...MODEL_REGISTRY.map((descriptor) => descriptor.id),
  'auto',
];

export type ScorePart = 'train' | 'validation' | 'test';
export const SCORE_PARTS: readonly ScorePart[] = ['train', 'validation', 'test'];

/** The ForecastMetrics fields kept per part, plus the p10–p90 coverage (test part only). */
export const METRIC_FIELDS = [
  'count',
  'mse',
  'rmse',
  'mae',
  'mape',
  'mapeSkipped',
  'smape',
  'mase',
  'wape',
  'bias',
  'sumAbsError',
  'sumAbsActual',
  'coverage80',
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export const FIELD_COUNT = METRIC_FIELDS.length;
export const PART_STRIDE = FIELD_COUNT;
export const SLOT_STRIDE = SCORE_PARTS.length * PART_STRIDE;
/** Numbers per series. */
export const SERIES_STRIDE = SCORE_SLOTS.length * SLOT_STRIDE;

const FIELD_INDEX = new Map<MetricField, number>(METRIC_FIELDS.map((field, i) => [field, i]));
const SLOT_INDEX = new Map<ScoreSlot, number>(SCORE_SLOTS.map((slot, i) => [slot, i]));
const PART_INDEX = new Map<ScorePart, number>(SCORE_PARTS.map((part, i) => [part, i]));

/** Position of a slot in SCORE_SLOTS. */
export function slotIndex(slot: ScoreSlot): number {
  return SLOT_INDEX.get(slot) as number;
}

/** Offset of a field inside one series' block. */
export function scoreOffset(slot: ScoreSlot, part: ScorePart, field: MetricField): number {
  return (
    (SLOT_INDEX.get(slot) as number) * SLOT_STRIDE +
    (PART_INDEX.get(part) as number) * PART_STRIDE +
    (FIELD_INDEX.get(field) as number)
  );
}

export function emptyScores(): Float64Array {
  return new Float64Array(SERIES_STRIDE).fill(NaN);
}

/** Writes one part's metrics (and, for test, the coverage) into a series' block. */
export function packMetrics(
  into: Float64Array,
  slot: ScoreSlot,
  part: ScorePart,
  metrics: ForecastMetrics | undefined,
  coverage80 = NaN,
): void {
  if (metrics !== undefined) {
    for (const field of METRIC_FIELDS) {
      if (field !== 'coverage80') into[scoreOffset(slot, part, field)] = metrics[field];
    }
  }
  into[scoreOffset(slot, part, 'coverage80')] = coverage80;
}
