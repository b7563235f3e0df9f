/**
 * The result headline's sentences from an accuracy verdict (accuracy-verdict.ts): pure, so the
 * wording decisions are tested in both languages without a page.
 */
import type { RankingMetric } from '../../core/metrics/forecast-metrics';
import type { AccuracyVerdict } from './accuracy-verdict';
import { formatMetric, formatShare } from './format-metric';
import type { ForecastT } from './forecast-t';
import { slotLabel } from './model-options';

export interface VerdictWords {
  /** How good the forecast is, in one sentence. */
  headline: string;
  /** Which sales it was measured on and what the figures mean; null when nothing was measured. */
  basis: string | null;
  /** A warning that needs attention (role="alert"): worse than the simple benchmark. */
  warning: string | null;
  /** Another model ranked above the chosen one on the same sales. */
  outranked: string | null;
}

export function verdictWords(
  verdict: AccuracyVerdict | null,
  metric: RankingMetric,
  t: ForecastT,
  locale: string,
): VerdictWords {
  if (verdict === null)
    return { headline: t('verdict.headline.unmeasured'), basis: null, warning: null, outranked: null };
  const headline = !Number.isFinite(verdict.wape)
    ? t('verdict.headline.noSales')
    : t(`verdict.headline.${verdict.comparison}`, {
        wape: formatMetric(verdict.wape, 'wape', locale),
        gain: formatShare(Math.abs(verdict.gain), locale),
      });
  const basis = t(verdict.part === 'test' ? 'verdict.basis.test' : 'verdict.basis.validation');
  const outranked =
    verdict.outrankedBy === null
      ? null
      : t(verdict.slot === 'auto' ? 'verdict.outrankedAuto' : 'verdict.outranked', {
          other: slotLabel(verdict.outrankedBy.slot, t),
          model: slotLabel(verdict.slot, t),
          part: t(`verdict.part.${verdict.part}`),
          metric: t(`measures.${metric}.name`),
          otherScore: formatMetric(verdict.outrankedBy.score, metric, locale),
          score: formatMetric(verdict.outrankedBy.chosenScore, metric, locale),
        });
  // Worse than seasonal naive on the headline's own sales says most; a MASE above 1 alone (errors
  // larger than seasonal naive's within the history) is warned about where the headline is silent.
  // Only the test part warns: validation figures are the ones Auto chose on.
  const warning =
    verdict.part !== 'test'
      ? null
      : verdict.comparison === 'worse'
        ? t('verdict.worse')
        : verdict.aboveBenchmark
          ? t('verdict.aboveBenchmark', {
              metric: t('measures.mase.name'),
              mase: formatMetric(verdict.mase, 'mase', locale),
            })
          : null;
  return { headline, basis, warning, outranked };
}
