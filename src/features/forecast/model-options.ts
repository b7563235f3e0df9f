/** The models a user can pick, and the names the tables show for each score slot. */
import { FORECASTERS } from '../../workers/forecast-models';
import type { ScoreSlot } from '../../workers/forecast-scores';

export const MODEL_OPTIONS: { id: string; label: string }[] = FORECASTERS.map((forecaster) => ({
  id: forecaster.id,
  label: forecaster.label,
}));

const LABELS = new Map<string, string>([
  ...MODEL_OPTIONS.map((option) => [option.id, option.label] as const),
  ['auto', 'Auto'],
]);

export function slotLabel(slot: ScoreSlot | 'blend'): string {
  if (slot === 'blend') return 'Blend';
  return LABELS.get(slot) ?? slot;
}
