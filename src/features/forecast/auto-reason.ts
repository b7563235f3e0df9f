/**
 * Auto's reason in words. The core says why as a code and its figures (core/forecast/auto.ts); the
 * page words it, so the sentence can be translated and the numbers formatted for the reader.
 */
import type { AutoChoice, OverCombination } from '../../core/forecast/auto';
import { RANKING_METRIC_LABEL } from '../../core/metrics/forecast-metrics';
import { slotLabel } from './model-options';

export type ExplainedChoice = Pick<AutoChoice, 'reason' | 'metric' | 'basis'>;

const score = (value: number): string => value.toFixed(2);
const percent = (share: number): string => `${Math.round(share * 100)} %`;
const names = (ids: readonly string[]): string => ids.map((id) => slotLabel(id as never)).join(', ');

function beating(over: OverCombination | undefined): string {
  if (over === undefined) return '';
  const windows = over.scored > 1 ? ` and lower on ${over.won} of ${over.scored} windows` : '';
  return `, beating the combination's ${score(over.combinationScore)} by at least ${percent(over.margin)}${windows}`;
}

/** One sentence for the user, e.g. "ETS: lowest validation MASE (0.71)". */
export function autoReasonText(choice: ExplainedChoice): string {
  const { reason } = choice;
  const basis = choice.basis === 'validation' ? 'validation' : 'in-sample';
  const metric = RANKING_METRIC_LABEL[choice.metric];
  const shortNote =
    choice.basis === 'in-sample' ? '; the series is too short to hold out a validation part' : '';
  switch (reason.code) {
    case 'lowest':
      return `${slotLabel(reason.model)}: lowest ${basis} ${metric} (${score(reason.score)})${beating(reason.overCombination)}${shortNote}`;
    case 'blend':
      return (
        `Blend (median of ${names(reason.members)}): ${basis} ${metric} ${score(reason.score)}, lower than ` +
        `the best single model, ${slotLabel(reason.best)} (${score(reason.bestScore)})${beating(reason.overCombination)}${shortNote}`
      );
    case 'combination':
      return (
        `Combination (median of ${names(reason.members)}): ${basis} ${metric} ${score(reason.score)}; no single model or ` +
        `blend was at least ${percent(reason.margin)} lower` +
        (reason.windows > 1
          ? ` and lower on at least ${percent(reason.consistency)} of the ${reason.windows} windows`
          : '') +
        shortNote
      );
    case 'nothing-to-compare':
      return `${slotLabel(reason.model)}: no ${basis} values to compare models on, so the first model that fitted`;
    default: {
      const unknown: never = reason;
      return String(unknown);
    }
  }
}
