/**
 * Auto's reason in words. The core says why as a code and its figures (core/forecast/auto.ts); the
 * page words it from the `forecast` catalogue, with numbers formatted for the reader's language.
 */
import type { AutoChoice, OverCombination } from '../../core/forecast/auto';
import type { ScoreSlot } from '../../core/forecast/score-layout';
import { numberFormat } from '../../i18n/format';
import { formatShare } from './format-metric';
import { currentForecastT, currentLocale, type ForecastT } from './forecast-t';
import { slotLabel } from './model-options';

export type ExplainedChoice = Pick<AutoChoice, 'reason' | 'metric' | 'basis'>;

export function autoReasonText(
  choice: ExplainedChoice,
  t: ForecastT = currentForecastT(),
  locale: string = currentLocale(),
): string {
  const score = (value: number): string =>
    numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  const percent = (share: number): string => formatShare(share, locale);
  const name = (id: string): string => slotLabel(id as ScoreSlot, t);
  const names = (ids: readonly string[]): string => ids.map(name).join(t('autoReason.nameSeparator'));
  const beating = (over: OverCombination | undefined): string => {
    if (over === undefined) return '';
    const windows =
      over.scored > 1 ? t('autoReason.beatingWindows', { won: over.won, scored: over.scored }) : '';
    return (
      t('autoReason.beating', { score: score(over.combinationScore), margin: percent(over.margin) }) + windows
    );
  };
  const { reason } = choice;
  const basis = t(
    choice.basis === 'validation' ? 'autoReason.basis.validation' : 'autoReason.basis.inSample',
  );
  const metric = t(`measures.${choice.metric}.name`);
  const short = choice.basis === 'in-sample' ? t('autoReason.short') : '';
  switch (reason.code) {
    case 'lowest':
      return (
        t('autoReason.lowest', { model: name(reason.model), basis, metric, score: score(reason.score) }) +
        beating(reason.overCombination) +
        short
      );
    case 'blend':
      return (
        t('autoReason.blend', {
          members: names(reason.members),
          basis,
          metric,
          score: score(reason.score),
          best: name(reason.best),
          bestScore: score(reason.bestScore),
        }) +
        beating(reason.overCombination) +
        short
      );
    case 'combination': {
      const words = {
        members: names(reason.members),
        basis,
        metric,
        score: score(reason.score),
        margin: percent(reason.margin),
      };
      return (
        (reason.anchor === undefined
          ? t('autoReason.combination', words)
          : t(reason.anchorPlanned ? 'autoReason.combinationPlanned' : 'autoReason.combinationAnchored', {
              ...words,
              anchor: name(reason.anchor),
            })) +
        (reason.windows > 1
          ? t('autoReason.combinationWindows', {
              consistency: percent(reason.consistency),
              windows: reason.windows,
            })
          : '') +
        short
      );
    }
    case 'nothing-to-compare':
      return t('autoReason.nothingToCompare', { model: name(reason.model), basis });
    default: {
      const unknown: never = reason;
      return String(unknown);
    }
  }
}
