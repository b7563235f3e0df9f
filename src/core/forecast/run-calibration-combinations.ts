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
 * errors (members without a forecast that period left out, as medianBlend leaves them out).
 */
import type { SeriesEvaluation } from './evaluate-types';
import type { ScaledErrorWindows } from './intervals';
import { combinationMembers, type CombinationRole, type ModelId } from './model-registry';

/** Auto's default combinations, each pooled under its role. */
export const COMBINATION_ROLES: readonly CombinationRole[] = ['continuous', 'intermittent'];

const MEMBERS = new Map(COMBINATION_ROLES.map((role) => [role, combinationMembers(role)]));

/**
 * The combination whose pooled errors calibrate a forecast of `members`: the role whose default
 * combination holds them all (Auto combines the members of its default that fitted). Null for a
 * single model, and for a blend of other models (Auto's best three), which takes the median of its
 * members' calibrations instead.
 */
export function combinationRoleOf(members: readonly string[]): CombinationRole | null {
  if (members.length < 2) return null;
  for (const role of COMBINATION_ROLES) {
    const all = MEMBERS.get(role) as readonly string[];
    if (members.every((id) => all.includes(id))) return role;
  }
  return null;
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
 * median of its members' errors. Null when fewer than two of its members have errors (no model
 * failed on the series' calibration windows), as Auto forms no combination of one model.
 */
export function combinationErrors(
  evaluation: Pick<SeriesEvaluation, 'models'>,
  role: CombinationRole,
): ScaledErrorWindows | null {
  const members = MEMBERS.get(role) as readonly ModelId[];
  const windows = evaluation.models.flatMap((model) =>
    members.includes(model.id) && model.error === undefined && model.calibrationErrors !== undefined
      ? [model.calibrationErrors]
      : [],
  );
  const first = windows[0];
  if (first === undefined || windows.length < 2) return null;
  if (windows.some((errors) => errors.values.length !== first.values.length)) return null;
  const values = Float32Array.from(first.values, (_, i) =>
    finiteMedian(windows.map((errors) => errors.values[i] as number)),
  );
  return { horizon: first.horizon, values };
}
