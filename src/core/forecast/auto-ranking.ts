/**
 * The order in which Auto considers its candidates (auto.ts), made fair between candidates scored on
 * every period and those that lack some.
 */
import type { RankingMetric } from '../metrics/forecast-metrics';
import type { MaseScale } from '../metrics/mase-scale';
import type { AutoBasis, AutoCandidate } from './auto';
import { forecastsEveryPeriod, medianBlend, onPeriodsOf, windowsScore } from './auto-windows';

/** What Auto scores candidates against: the actuals, the MASE scale, the metric, and on what basis. */
interface RankingContext {
  actual: Float64Array;
  scale: MaseScale;
  metric: RankingMetric;
  basis: AutoBasis;
}

export interface Ranked {
  candidate: AutoCandidate;
  /** Its score on the periods it has forecasts for. */
  value: number;
  /** What it is ranked by: `value`, made comparable where it lacks periods others have (rankedCandidates). */
  rank: number;
}

/**
 * Whether Auto compares candidates on the same periods (onPeriodsOf, rankedCandidates): on forecast
 * windows, where a missing one is an origin the model could not forecast from. An in-sample fit's
 * first values are missing where a model has no fit yet (seasonal naive's first season), a
 * different matter, left as it was.
 */
export const samePeriods = (basis: AutoBasis): boolean => basis === 'validation';

/**
 * The candidates that could be scored, best first. Most are scored on every period; one with no
 * forecast for some (a network before the end of train, a model at an origin too early for it)
 * would rank by its score on the others, which may be the easier ones. It is ranked instead by its
 * score times how much harder all periods were than its own for a reference forecast (the median of
 * the fully scored candidates): as good relative to that reference on the periods it lacks as on
 * those it has, and never ahead of a fully scored one that did as well there (notAheadOfEqualOrBetter).
 * The fully scored keep their scores, so among them nothing changes.
 */
export function rankedCandidates(
  candidates: AutoCandidate[],
  actualWindows: Float64Array[],
  context: RankingContext,
): { ranked: Ranked[]; rankOf: (windows: Float64Array[], value: number) => number } {
  const { actual, scale, metric, basis } = context;
  const scored = candidates
    .map((candidate) => ({ candidate, value: windowsScore(actual, candidate.windows, scale, metric) }))
    .filter((entry) => Number.isFinite(entry.value));
  const complete = scored.filter((entry) => forecastsEveryPeriod(entry.candidate.windows, actualWindows));
  const reference = medianBlend(complete.map((entry) => entry.candidate.windows));
  const referenceScore = windowsScore(actual, reference, scale, metric);
  const rankOf = (windows: Float64Array[], value: number): number => {
    if (!samePeriods(basis) || complete.length === 0 || forecastsEveryPeriod(windows, actualWindows))
      return value;
    const own = windowsScore(actual, onPeriodsOf(reference, windows), scale, metric);
    // The reference was perfect on the candidate's periods (an item that sold nothing there, which
    // the reference forecast as 0): the ratio says nothing. A candidate as perfect there has shown
    // only that it is as good as the reference, so it ranks as the reference does over all
    // periods; one that missed where the reference did not ranks after every candidate scored.
    if (own === 0) return value === 0 ? referenceScore : Infinity;
    const factor = referenceScore / own;
    return Number.isFinite(factor) && factor > 0 ? value * factor : value;
  };
  const ranked = scored
    .map((entry) => ({ ...entry, rank: rankOf(entry.candidate.windows, entry.value) }))
    .map((entry) => ({ ...entry, rank: notAheadOfEqualOrBetter(entry, complete, context) }))
    .sort((a, b) => a.rank - b.rank); // stable: ties keep preference order
  return { ranked, rankOf };
}

/** A rank just after `rank`, so a candidate placed there sorts after it whatever the preference order. */
const justAfter = (rank: number): number => rank + Math.max(Math.abs(rank), 1) * 1e-12;

/**
 * The direct evidence the scaled rank can miss: a candidate that lacks periods never ranks ahead of
 * a fully scored one that did as well or better on the periods it has. Scaling cannot tell a tie
 * there (0 stays 0 however hard the other periods were: a network and seasonal naive both
 * forecasting 0 for an item that sold nothing after its first window), and a tie on the easy
 * periods is no evidence that it would have done better on the hard ones.
 */
function notAheadOfEqualOrBetter(
  entry: Ranked,
  complete: { candidate: AutoCandidate; value: number }[],
  context: RankingContext,
): number {
  const { windows } = entry.candidate;
  if (!samePeriods(context.basis) || complete.some((c) => c.candidate === entry.candidate)) return entry.rank;
  let rank = entry.rank;
  for (const other of complete) {
    const there = windowsScore(
      context.actual,
      onPeriodsOf(other.candidate.windows, windows),
      context.scale,
      context.metric,
    );
    if (there <= entry.value) rank = Math.max(rank, justAfter(other.value));
  }
  return rank;
}
