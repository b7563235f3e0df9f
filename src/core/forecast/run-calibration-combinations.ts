/**
 * The calibration errors of Auto's default combinations (auto-candidates.ts), for the run
 * calibration to pool like a model's (docs/architecture.md, "The stored forecast distribution").
 *
 * A combination forecasts the per-period median of its members' forecasts, and the median of
 * several forecasts errs less than a typical member: that is why Auto starts from it. Its band
 * must therefore come from its own errors, not from the median of its members' error quantiles,
 * which are each member's alone and so too wide for the combination. Its own errors need no
 * forecast of their own: the median is unchanged by a shift and reversed by a sign change, so for
 * each period actual − median(forecasts) = median(actual − forecast), the median of the members'
 * errors (members without a forecast that period left out, as medianBlend leaves them out). The
 * median averaged with an anchor model (auto.ts: anchoredBlend) is a source of its own too; its
 * error is the mean of the median's error and the anchor's, as the forecast is the mean of the two.
 */
import type { SeriesEvaluation } from './evaluate-types';
import type { ScaledErrorWindows } from './intervals';
import {
  COMBINATION_ANCHORS,
  combinationMembers,
  type CombinationRole,
  type ModelId,
} from './model-registry';

/** One of Auto's default combinations, as a calibration source: its members' median, or that median averaged with `anchor`. */
export interface CombinationSource {
  /** Key of its pooled calibration (RunCalibration.combinations). */
  key: string;
  members: readonly ModelId[];
  anchor?: ModelId;
}

const ROLES: readonly CombinationRole[] = ['continuous', 'intermittent'];

/** Every default combination, plain and anchored, each pooled under its own key. */
export const COMBINATION_SOURCES: readonly CombinationSource[] = ROLES.flatMap((role) => {
  const members = combinationMembers(role);
  const anchor = COMBINATION_ANCHORS[role];
  return [
    { key: role, members },
    ...(anchor === undefined ? [] : [{ key: `${role}+${anchor}`, members, anchor }]),
  ];
});

/**
 * The combination whose pooled errors calibrate a forecast of `members` (with `anchor` among them
 * when the median was averaged with it): the default combination that holds all the others, with
 * the same anchor (Auto combines the members of its default that fitted). Null for a single model,
 * and for a blend of other models (Auto's best three), which takes the median of its members'
 * calibrations instead.
 */
export function combinationSourceOf(members: readonly string[], anchor?: string): CombinationSource | null {
  const median = members.filter((id) => id !== anchor);
  if (median.length < 2) return null;
  return (
    COMBINATION_SOURCES.find(
      (source) =>
        source.anchor === anchor && median.every((id) => (source.members as readonly string[]).includes(id)),
    ) ?? null
  );
}

/** Median of the finite values (NaN when none). */
function finiteMedian(values: number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const middle = (finite.length - 1) / 2;
  return ((finite[Math.floor(middle)] as number) + (finite[Math.ceil(middle)] as number)) / 2;
}

/**
 * The scaled calibration errors of one combination on one series: per window and step, the
 * median of its members' errors, averaged with the anchor's where the source has one and it has an
 * error there. Null when fewer than two of its members have errors (no model failed on the series'
 * calibration windows), as Auto forms no combination of one model, or when the source has an
 * anchor that has none.
 */
export function combinationErrors(
  evaluation: Pick<SeriesEvaluation, 'models'>,
  source: CombinationSource,
): ScaledErrorWindows | null {
  const usable = (id: ModelId) =>
    evaluation.models.find((model) => model.id === id && model.error === undefined)?.calibrationErrors;
  const windows = source.members.flatMap((id) => usable(id) ?? []);
  const first = windows[0];
  if (first === undefined || windows.length < 2) return null;
  if (windows.some((errors) => errors.values.length !== first.values.length)) return null;
  const anchor = source.anchor === undefined ? undefined : usable(source.anchor);
  if (source.anchor !== undefined && anchor?.values.length !== first.values.length) return null;
  const values = Float32Array.from(first.values, (_, i) => {
    const median = finiteMedian(windows.map((errors) => errors.values[i] as number));
    const other = anchor?.values[i] ?? NaN;
    return Number.isNaN(other) ? median : (median + other) / 2;
  });
  return { horizon: first.horizon, values };
}
