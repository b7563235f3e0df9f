/** Counts over a run's results for the progress line and the notes under it. */
import type { ModelId } from '../../core/forecast/types';
import type { ForecastResults } from './forecast-results';

export interface RunSummary {
  forecast: number;
  /** Series too short (or failing every model), by index, with the reason. */
  unforecastable: { index: number; reason: string }[];
  /** Series on which each expensive model was skipped for the time budget. */
  skipped: Map<ModelId, number>;
  /** Model failures per model (series where that model broke but others forecast). */
  modelFailures: Map<ModelId, number>;
  splitAdapted: number;
}

export function summariseRun(results: ForecastResults): RunSummary {
  const summary: RunSummary = {
    forecast: 0,
    unforecastable: [],
    skipped: new Map(),
    modelFailures: new Map(),
    splitAdapted: 0,
  };
  const count = <K>(map: Map<K, number>, key: K): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  results.summaries.forEach((outcome, index) => {
    if (outcome === undefined) return;
    if (outcome.future === null)
      summary.unforecastable.push({ index, reason: outcome.unforecastable ?? 'no forecast' });
    else summary.forecast++;
    for (const id of outcome.skipped) count(summary.skipped, id);
    for (const failure of outcome.failures) count(summary.modelFailures, failure.id);
    if (outcome.splitMessage !== undefined) summary.splitAdapted++;
  });
  for (const [index, message] of results.failed) summary.unforecastable.push({ index, reason: message });
  summary.unforecastable.sort((a, b) => a.index - b.index);
  return summary;
}
