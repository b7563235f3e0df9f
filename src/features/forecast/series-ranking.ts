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
  if (sort === 'name') return indices.sort((a, b) => (seriesIds[a] ?? '').localeCompare(seriesIds[b] ?? ''));
  const offset = scoreOffset(slot, sort === 'test-worst' ? 'test' : 'validation', 'mase');
  const key = (index: number): number => {
    const value = scoreOf(results, index, offset);
    return Number.isNaN(value) ? -Infinity : value;
  };
  return indices.sort((a, b) => key(b) - key(a) || a - b);
}
