/**
 * Running counts over a run's results for the progress line, the notes under it and the
 * leaderboard's "Auto chose it" column. Kept up to date as series arrive (like the score totals),
 * so a refresh of a 30,000-series run reads a few counters instead of looping over every series.
 * A new version of the results gets a copy (copySummary) that is then tallied; a published
 * summary is never changed.
 */
import type { SeriesFacts } from './run-results';
import type { ModelId } from './types';

export interface RunSummary {
  readonly forecast: number;
  /** Series too short, failing every model or whose evaluation broke: series id → reason. */
  readonly unforecastable: ReadonlyMap<string, string>;
  /** Series on which each expensive model was skipped for the time budget. */
  readonly skipped: ReadonlyMap<ModelId, number>;
  /** Model failures per model (series where that model broke but others forecast). */
  readonly modelFailures: ReadonlyMap<ModelId, number>;
  readonly splitAdapted: number;
  /** How often Auto chose each model, by model id ('blend' for a blend). */
  readonly choices: ReadonlyMap<string, number>;
}

/** A summary being tallied for the next version of the results. */
export interface SummaryDraft {
  forecast: number;
  unforecastable: Map<string, string>;
  skipped: Map<ModelId, number>;
  modelFailures: Map<ModelId, number>;
  splitAdapted: number;
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

export function copySummary(summary: RunSummary): SummaryDraft {
  return {
    forecast: summary.forecast,
    unforecastable: new Map(summary.unforecastable),
    skipped: new Map(summary.skipped),
    modelFailures: new Map(summary.modelFailures),
    splitAdapted: summary.splitAdapted,
    choices: new Map(summary.choices),
  };
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

/** Counts one series' result in (sign 1) or out again (sign −1, when a series is replaced). */
export function tallyResult(
  summary: SummaryDraft,
  id: string,
  result: Omit<SeriesFacts, 'descriptions'>,
  sign: 1 | -1,
): void {
  if (result.future === null) {
    if (sign === 1) summary.unforecastable.set(id, result.unforecastable ?? 'no-model');
    else summary.unforecastable.delete(id);
  } else summary.forecast += sign;
  for (const model of result.skipped) bump(summary.skipped, model, sign);
  for (const failure of result.failures) bump(summary.modelFailures, failure.id, sign);
  if (result.splitAdapted !== undefined) summary.splitAdapted += sign;
  const choice = result.choice;
  if (choice) bump(summary.choices, choice.kind === 'blend' ? 'blend' : (choice.members[0] ?? ''), sign);
}

/**
 * The `count` entries that come first by `rank` (the series' position in the data), in that order:
 * one pass with a small sorted buffer, so listing the first few of thousands never sorts them all.
 */
export function firstEntries(
  entries: ReadonlyMap<string, string>,
  count: number,
  rank: (id: string) => number,
): { id: string; rank: number; reason: string }[] {
  const chosen: { id: string; rank: number; reason: string }[] = [];
  for (const [id, reason] of entries) {
    const position = rank(id);
    if (chosen.length === count && position >= (chosen[count - 1]?.rank ?? Infinity)) continue;
    let at = chosen.length;
    while (at > 0 && (chosen[at - 1]?.rank ?? -Infinity) > position) at--;
    chosen.splice(at, 0, { id, rank: position, reason });
    if (chosen.length > count) chosen.pop();
  }
  return chosen;
}
