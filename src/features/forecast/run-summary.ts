/**
 * Running counts over a run's results for the progress line, the notes under it and the
 * leaderboard's "Auto chose it" column. Kept up to date as each series arrives (like the score
 * totals), so a refresh of a 30,000-series run reads a few counters instead of looping over
 * every series on the main thread.
 */
import type { ModelId } from '../../core/forecast/types';
import type { SeriesOutcome } from '../../workers/forecast-protocol';

type Outcome = Omit<SeriesOutcome, 'scores'>;

export interface RunSummary {
  forecast: number;
  /** Series too short, failing every model or whose evaluation broke: index → reason. */
  unforecastable: Map<number, string>;
  /** Series on which each expensive model was skipped for the time budget. */
  skipped: Map<ModelId, number>;
  /** Model failures per model (series where that model broke but others forecast). */
  modelFailures: Map<ModelId, number>;
  splitAdapted: number;
  /** How often Auto chose each model, by model id ('blend' for a blend). */
  choices: Map<string, number>;
}

export function createRunSummary(): RunSummary {
  return {
    forecast: 0,
    unforecastable: new Map(),
    skipped: new Map(),
    modelFailures: new Map(),
    splitAdapted: 0,
    choices: new Map(),
  };
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

/** Counts one series' outcome in (sign 1) or out again (sign −1, when a series is replaced). */
export function tallyOutcome(summary: RunSummary, index: number, outcome: Outcome, sign: 1 | -1): void {
  if (outcome.future === null) {
    if (sign === 1) summary.unforecastable.set(index, outcome.unforecastable ?? 'no forecast');
    else summary.unforecastable.delete(index);
  } else summary.forecast += sign;
  for (const id of outcome.skipped) bump(summary.skipped, id, sign);
  for (const failure of outcome.failures) bump(summary.modelFailures, failure.id, sign);
  if (outcome.splitAdapted !== undefined) summary.splitAdapted += sign;
  const choice = outcome.choice;
  if (choice) bump(summary.choices, choice.kind === 'blend' ? 'blend' : (choice.members[0] ?? ''), sign);
}

/**
 * The `count` entries with the lowest series index, in index order: one pass with a small sorted
 * buffer, so listing the first few of thousands of entries never sorts them all.
 */
export function firstEntries(
  entries: Map<number, string>,
  count: number,
): { index: number; reason: string }[] {
  const chosen: { index: number; reason: string }[] = [];
  for (const [index, reason] of entries) {
    if (chosen.length === count && index >= (chosen[count - 1]?.index ?? Infinity)) continue;
    let at = chosen.length;
    while (at > 0 && (chosen[at - 1]?.index ?? -Infinity) > index) at--;
    chosen.splice(at, 0, { index, reason });
    if (chosen.length > count) chosen.pop();
  }
  return chosen;
}
