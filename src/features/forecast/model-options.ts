/** The models a user can pick, and the names the tables show for each score slot. */
import { MODEL_REGISTRY } from '../../core/forecast/model-registry';
import type { ScoreSlot } from '../../workers/forecast-scores';

export const MODEL_OPTIONS: { id: string; label: string }[] = MODEL_REGISTRY.map(({ id, label }) => ({
  id,
  label,
}));

const LABELS = new Map<string, string>([
  ...MODEL_OPTIONS.map((option) => [option.id, option.label] as const),
  ['auto', 'Auto'],
]);

export function slotLabel(slot: ScoreSlot | 'blend'): string {
  if (slot === 'blend') return 'Blend';
  return LABELS.get(slot) ?? slot;
}
