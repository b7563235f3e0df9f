/**
 * Auto: per series, the model with the lowest validation error, or a robust blend (the per-period
 * median of the best three) when that blend scores better on validation. Given a combination (see
 * auto-candidates.ts), Auto starts from it and leaves it only for a single model or blend that beats
 * it clearly on validation: a few windows cannot tell close scores apart, and a combination is the
 * safer bet among close ones. It sees only validation windows (or, for a series too short to
 * validate, the in-sample fit) — never the test part — so the test score stays an honest check.
 */
import { computeMetrics, RANKING_METRIC_LABEL, type RankingMetric } from '../metrics/forecast-metrics';
import type { MaseScale } from '../metrics/mase-scale';
import { concatWindows } from './concat-windows';
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

/**
 * How much lower (as a share) a single model's or the best-three blend's validation score must be
 * than the combination's for Auto to choose it instead: smaller differences are within the noise of
 * scoring on a few windows.
 */
export const COMBINATION_MARGIN = 0.1;

/** Per-period median of several forecast windows (the blend Auto may choose); a member's NaN is left out. */
export function medianBlend(members: Float64Array[][]): Float64Array[] {
  const first = members[0] ?? [];
  return first.map((firstWindow, w) =>
    firstWindow.map((_, step) => {
      const values = members
        .map((member) => member[w]?.[step] ?? NaN)
        .filter((value) => !Number.isNaN(value));
      if (values.length === 0) return NaN;
      values.sort((a, b) => a - b);
      const middle = (values.length - 1) / 2;
      return ((values[Math.floor(middle)] as number) + (values[Math.ceil(middle)] as number)) / 2;
    }),
  );
}

function score(
  actual: Float64Array,
  windows: Float64Array[],
  scale: MaseScale,
  metric: RankingMetric,
): number {
  return computeMetrics(actual, concatWindows(windows), [], 1, scale)[metric];
}

const formatScore = (value: number): string => value.toFixed(2);

interface Ranked {
  candidate: AutoCandidate;
  value: number;
}

/** The words every reason shares: what was compared, and a note when it was the in-sample fit. */
interface Wording {
  metricName: string;
  basisWords: string;
  shortNote: string;
}

function singleChoice(best: Ranked, metric: RankingMetric, basis: AutoBasis, words: Wording): AutoChoice {
  const { candidate, value } = best;
  return {
    kind: 'single',
    members: [candidate.id],
    model: `auto(${candidate.id})`,
    reason: `${candidate.label}: lowest ${words.basisWords} ${words.metricName} (${formatScore(value)})${words.shortNote}`,
    metric,
    score: value,
    basis,
  };
}

/** The score of the per-period median of `members`' windows. */
function blendOf(members: Ranked[], actual: Float64Array, scale: MaseScale, metric: RankingMetric): number {
  return score(actual, medianBlend(members.map((entry) => entry.candidate.windows)), scale, metric);
}

/** The combination of the `combination` models that were scored, when at least two were. */
function combinationChoice(
  ranked: Ranked[],
  combination: readonly ModelId[],
  context: {
    actual: Float64Array;
    scale: MaseScale;
    metric: RankingMetric;
    basis: AutoBasis;
    words: Wording;
  },
): AutoChoice | null {
  const members = combination.flatMap((id) => ranked.filter((entry) => entry.candidate.id === id));
  if (members.length < 2) return null;
  const value = blendOf(members, context.actual, context.scale, context.metric);
  if (!Number.isFinite(value)) return null;
  const { basisWords, metricName, shortNote } = context.words;
  const names = members.map((entry) => entry.candidate.label).join(', ');
  return {
    kind: 'blend',
    members: members.map((entry) => entry.candidate.id),
    model: 'auto(blend)',
    reason:
      `Combination (median of ${names}): ${basisWords} ${metricName} ${formatScore(value)}; no single model or ` +
      `blend was at least ${Math.round(COMBINATION_MARGIN * 100)} % lower${shortNote}`,
    metric: context.metric,
    score: value,
    basis: context.basis,
  };
}

/**
 * Chooses among `candidates` (in preference order: ties keep the earlier one) by `metric` on
 * `actualWindows`. With `combination` model ids, the median of those of them that could be scored
 * is the default, replaced only by a choice at least COMBINATION_MARGIN lower. Returns null when
 * there is no candidate.
 */
export function chooseAuto(
  candidates: AutoCandidate[],
  actualWindows: Float64Array[],
  scale: MaseScale,
  metric: RankingMetric = 'mase',
  basis: AutoBasis = 'validation',
  combination: readonly ModelId[] = [],
): AutoChoice | null {
  const first = candidates[0];
  if (first === undefined) return null;
  const actual = concatWindows(actualWindows);
  const words: Wording = {
    metricName: RANKING_METRIC_LABEL[metric],
    basisWords: basis === 'validation' ? 'validation' : 'in-sample',
    shortNote: basis === 'in-sample' ? '; the series is too short to hold out a validation part' : '',
  };
  const ranked: Ranked[] = candidates
    .map((candidate) => ({ candidate, value: score(actual, candidate.windows, scale, metric) }))
    .filter((entry) => Number.isFinite(entry.value))
    .sort((a, b) => a.value - b.value); // stable: ties keep preference order
  const best = ranked[0];
  if (best === undefined) {
    return {
      kind: 'single',
      members: [first.id],
      model: `auto(${first.id})`,
      reason: `${first.label}: no ${words.basisWords} values to compare models on, so the first model that fitted`,
      metric,
      score: NaN,
      basis,
    };
  }
  let choice = singleChoice(best, metric, basis, words);
  if (ranked.length >= BLEND_SIZE) {
    const top = ranked.slice(0, BLEND_SIZE);
    const blendScore = blendOf(top, actual, scale, metric);
    if (blendScore < best.value) {
      const names = top.map((entry) => entry.candidate.label).join(', ');
      choice = {
        kind: 'blend',
        members: top.map((entry) => entry.candidate.id),
        model: 'auto(blend)',
        reason:
          `Blend (median of ${names}): ${words.basisWords} ${words.metricName} ${formatScore(blendScore)}, lower than ` +
          `the best single model, ${best.candidate.label} (${formatScore(best.value)})${words.shortNote}`,
        metric,
        score: blendScore,
        basis,
      };
    }
  }
  const combined = combinationChoice(ranked, combination, { actual, scale, metric, basis, words });
  if (combined === null || choice.score < combined.score * (1 - COMBINATION_MARGIN)) return choice;
  return combined;
}
