/**
 * Model names in the page's language where the detail worker (workers/forecast-detail.ts) names
 * models by the registry's English label: each label is mapped back to its registry id, and the
 * id is named from the catalogue (model-options.ts).
 */
import type { AutoChoice } from '../../core/forecast/auto';
import { MODEL_REGISTRY } from '../../core/forecast/model-registry';
import type { ScoreSlot } from '../../workers/forecast-scores';
import type { ForecastT } from './forecast-t';
import { slotLabel } from './model-options';

/** The catalogue's name of the model a registry label stands for (the label itself if none does). */
export function modelName(label: string, t: ForecastT): string {
  const descriptor = MODEL_REGISTRY.find((candidate) => candidate.label === label);
  return descriptor === undefined ? label : slotLabel(descriptor.id, t);
}

/** A chart source's name: the model's, or Auto with what it chose ("Auto (ETS)", "Auto (blend)"). */
export function sourceName(
  slot: ScoreSlot,
  choice: Pick<AutoChoice, 'kind' | 'members'> | null,
  t: ForecastT,
): string {
  const first = choice?.members[0];
  if (slot !== 'auto' || choice === null || first === undefined) return slotLabel(slot, t);
  const chosen = choice.kind === 'blend' ? slotLabel('blend', t) : slotLabel(first, t);
  return t('explanation.autoSource', { auto: slotLabel('auto', t), chosen });
}
