/**
 * Auto: per series, the model with the lowest validation error, or a robust blend (the per-period
 * median of the best three) when that blend scores better on validation. It sees only validation
 * windows (or, for a series too short to validate, the in-sample fit) — never the test part — so
 * the test score stays an honest check of the choice.
 */
import { computeMetrics, RANKING_METRIC_LABEL, type RankingMetric } from '../metrics/forecast-metrics';
import type { MaseScale } from '../metrics/mase-scale';
import type { ModelId } from './types';

export interface AutoCandidate {
  id: ModelId;
  label: string;
  /** One forecast window per validation origin, aligned with the actual windows. */
  windows: Float64Array[];
}

/** What the candidates were compared on. */
export type AutoBasis = 'validation' | 'in-sample';

export interface AutoChoice {
  kind: 'single' | 'blend';
  /** The chosen model, or the blended ones, best first. */
  members: ModelId[];
  /** Model column of the export: `auto(ets)` or `auto(blend)`. */
  model: string;
  /** One sentence for the user, e.g. "ETS: lowest validation MASE (0.71)". */
  reason: string;
  metric: RankingMetric;
  /** The chosen forecast's score on the comparison windows (NaN when none could be scored). */
  score: number;
  basis: AutoBasis;
}

export const BLEND_SIZE = 3;

function concat(windows: Float64Array[]): Float64Array {
  const out = new Float64Array(windows.reduce((total, window) => total + window.length, 0));
  let offset = 0;
  for (const window of windows) {
    out.set(window, offset);
    offset += window.length;
  }
  return out;
}

/** Per-period median of several forecast windows (the blend Auto may choose). */
export function medianBlend(members: Float64Array[][]): Float64Array[] {
  const first = members[0] ?? [];
  return first.map((window, w) =>
    window.map((_, step) => {
      const values = members.map((member) => member[w]?.[step] ?? NaN).sort((a, b) => a - b);
      const middle = (values.length - 1) / 2;
      return ((values[Math.floor(middle)] as number) + (values[Math.ceil(middle)] as number)) / 2;
    }),
  );
}

function score(actual: Float64Array, windows: Float64Array[], scale: MaseScale, metric: RankingMetric): number {
  return computeMetrics(actual, concat(windows), [], 1, scale)[metric];
}

const formatScore = (value: number): string => value.toFixed(2);

/**
 * Chooses among `candidates` (in preference order: ties keep the earlier one) by `metric` on
 * `actualWindows`. Returns null when there is no candidate.
 */
export function chooseAuto(
  candidates: AutoCandidate[],
  actualWindows: Float64Array[],
  scale: MaseScale,
  metric: RankingMetric = 'mase',
  basis: AutoBasis = 'validation',
): AutoChoice | null {
  const first = candidates[0];
  if (first === undefined) return null;
  const actual = concat(actualWindows);
  const metricName = RANKING_METRIC_LABEL[metric];
  const basisWords = basis === 'validation' ? 'validation' : 'in-sample';
  const shortNote = basis === 'in-sample' ? '; the series is too short to hold out a validation part' : '';
  const ranked = candidates
    .map((candidate) => ({ candidate, value: score(actual, candidate.windows, scale, metric) }))
    .filter((entry) => Number.isFinite(entry.value))
    .sort((a, b) => a.value - b.value); // stable: ties keep preference order
  const best = ranked[0];
  if (best === undefined) {
    return {
      kind: 'single',
      members: [first.id],
      model: `auto(${first.id})`,
      reason: `${first.label}: no ${basisWords} values to compare models on, so the first model that fitted`,
      metric,
      score: NaN,
      basis,
    };
  }
  const single: AutoChoice = {
    kind: 'single',
    members: [best.candidate.id],
    model: `auto(${best.candidate.id})`,
    reason: `${best.candidate.label}: lowest ${basisWords} ${metricName} (${formatScore(best.value)})${shortNote}`,
    metric,
    score: best.value,
    basis,
  };
  if (ranked.length < BLEND_SIZE) return single;
  const top = ranked.slice(0, BLEND_SIZE);
  const blendScore = score(actual, medianBlend(top.map((entry) => entry.candidate.windows)), scale, metric);
  if (!(blendScore < best.value)) return single;
  const names = top.map((entry) => entry.candidate.label).join(', ');
  return {
    kind: 'blend',
    members: top.map((entry) => entry.candidate.id),
    model: 'auto(blend)',
    reason:
      `Blend (median of ${names}): ${basisWords} ${metricName} ${formatScore(blendScore)}, lower than ` +
      `the best single model, ${best.candidate.label} (${formatScore(best.value)})${shortNote}`,
    metric,
    score: blendScore,
    basis,
  };
}
