/** Orders the per-series table: by the error of the forecast each series got, worst first, or by name. */
import { scoreOffset, type ScoreSlot } from '../../workers/forecast-scores';
import { scoreOf, type ForecastResults } from './forecast-results';

export type SeriesSort = 'test-worst' | 'validation-worst' | 'name';

/** Series with a result, in the requested order; series without the score go last. */
export function rankSeries(
  results: ForecastResults,
  seriesIds: string[],
  slot: ScoreSlot,
  sort: SeriesSort,
  filter: string,
): number[] {
  const needle = filter.trim().toLowerCase();
  const indices: number[] = [];
  results.summaries.forEach((summary, index) => {
    if (summary === undefined) return;
    if (needle !== '' && !(seriesIds[index] ?? '').toLowerCase().includes(needle)) return;
    indices.push(index);
  });
  // One collator, not localeCompare per pair: sorting 30,000 names stays within a frame or two.
  const collator = new Intl.Collator();
  if (sort === 'name') return indices.sort((a, b) => collator.compare(seriesIds[a] ?? '', seriesIds[b] ?? ''));
  const offset = scoreOffset(slot, sort === 'test-worst' ? 'test' : 'validation', 'mase');
  // Keys read once per series, not twice per comparison.
  const keys = new Float64Array(results.seriesCount);
  for (const index of indices) {
    const value = scoreOf(results, index, offset);
    keys[index] = Number.isNaN(value) ? -Infinity : value;
  }
  return indices.sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
}
