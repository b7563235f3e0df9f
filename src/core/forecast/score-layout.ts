/**
 * The packed layout of one series' scores: for every score slot of the run (each model it fits,
 * then Auto in Auto runs), for each part (train, validation, test), the metric fields. One
 * Float64Array per series crosses from the worker; the main thread keeps all series in one typed
 * array each instead of millions of small objects. The slots are the run's own (RunSettings.models,
 * docs/architecture.md "The run's results"), not the whole registry's: a slot per registry model
 * left most of 30,000 series' blocks empty.
 */
import { MODEL_REGISTRY, isModelId, type ModelId } from './model-registry';
import type { ForecastMetrics } from '../metrics/forecast-metrics';

export type ScoreSlot = ModelId | 'auto';

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

const FIELD_INDEX = new Map<MetricField, number>(METRIC_FIELDS.map((field, i) => [field, i]));
const PART_INDEX = new Map<ScorePart, number>(SCORE_PARTS.map((part, i) => [part, i]));

/** Where one run's scores sit in a series' block. */
export interface ScoreLayout {
  /** The run's models in registry order (the order the metrics table lists them), then Auto. */
  readonly slots: readonly ScoreSlot[];
  /** Numbers per series. */
  readonly seriesStride: number;
  has(slot: ScoreSlot): boolean;
  /** Position of a slot in `slots`; throws for a slot the run does not have. */
  slotIndex(slot: ScoreSlot): number;
  /** Offset of a field inside one series' block; throws for a slot the run does not have. */
  offset(slot: ScoreSlot, part: ScorePart, field: MetricField): number;
}

const LAYOUTS = new Map<string, ScoreLayout>();

/**
 * The layout of a run that fits `models` (registry ids, any order), with Auto's slot when `auto`.
 * An id the registry does not know throws: a score without a slot would be dropped unseen. Layouts
 * are shared, so packing each series does not build one again.
 */
export function scoreLayout(models: readonly string[], auto: boolean): ScoreLayout {
  for (const id of models) if (!isModelId(id)) throw new Error(`unknown model in a score layout: ${id}`);
  const wanted = new Set(models);
  const slots: ScoreSlot[] = MODEL_REGISTRY.flatMap(({ id }) => (wanted.has(id) ? [id] : []));
  if (auto) slots.push('auto');
  const key = slots.join(',');
  const known = LAYOUTS.get(key);
  if (known !== undefined) return known;
  const index = new Map<ScoreSlot, number>(slots.map((slot, i) => [slot, i]));
  const slotIndex = (slot: ScoreSlot): number => {
    const at = index.get(slot);
    if (at === undefined) throw new Error(`no score slot for ${slot} in this run`);
    return at;
  };
  const layout: ScoreLayout = {
    slots,
    seriesStride: slots.length * SLOT_STRIDE,
    has: (slot) => index.has(slot),
    slotIndex,
    offset: (slot, part, field) =>
      slotIndex(slot) * SLOT_STRIDE +
      (PART_INDEX.get(part) as number) * PART_STRIDE +
      (FIELD_INDEX.get(field) as number),
  };
  LAYOUTS.set(key, layout);
  return layout;
}

/** A block of NaN (nothing scored) for one series. */
export function emptyScores(layout: ScoreLayout): Float64Array {
  return new Float64Array(layout.seriesStride).fill(NaN);
}

/** Writes one part's metrics (and, for test, the coverage) into a series' block. */
export function packMetrics(
  layout: ScoreLayout,
  into: Float64Array,
  slot: ScoreSlot,
  part: ScorePart,
  metrics: ForecastMetrics | undefined,
  coverage80 = NaN,
): void {
  if (metrics !== undefined) {
    for (const field of METRIC_FIELDS) {
      if (field !== 'coverage80') into[layout.offset(slot, part, field)] = metrics[field];
    }
  }
  into[layout.offset(slot, part, 'coverage80')] = coverage80;
}
