/**
 * The models a user can pick, and the names the tables show for each score slot. Names come from
 * the `forecast` catalogue: the neural networks keep their abbreviations in every language (the UI
 * contract), classical methods are named as each language names them.
 */
import { MODEL_REGISTRY } from '../../core/forecast/model-registry';
import type { ScoreSlot } from '../../core/forecast/score-layout';
import { currentForecastT, type ForecastT } from './forecast-t';

export const MODEL_OPTIONS: readonly { id: ScoreSlot }[] = MODEL_REGISTRY.map(({ id }) => ({ id }));

export function slotLabel(slot: ScoreSlot | 'blend', t: ForecastT = currentForecastT()): string {
  return t(`models.${slot}`);
}
