/**
 * Keeps the weights of the best validation check so far, for early stopping. They are kept as a
 * snapshot in JavaScript (weight-snapshot.ts), not as tensors, so a lost GPU device does not take
 * them along: training that moves to another backend can still restore them at its end.
 */
import type { Parameters } from './parameters';
import { assignWeights, type WeightSnapshot } from './weight-snapshot';

export interface BestWeights {
  /** Records `weights` (read at that check) if `loss` beats the best so far; true when it did. */
  offer(step: number, loss: number, weights: WeightSnapshot): boolean;
  best(): { step: number; loss: number } | null;
  /** Puts the best weights back into the variables (if any were recorded) and forgets them. */
  restoreAndRelease(): void;
}

export function trackBestWeights(parameters: Parameters): BestWeights {
  let best: { step: number; loss: number; weights: WeightSnapshot } | null = null;
  return {
    offer(step, loss, weights) {
      if (best !== null && !(loss < best.loss)) return false;
      best = { step, loss, weights };
      return true;
    },
    best: () => (best ? { step: best.step, loss: best.loss } : null),
    restoreAndRelease() {
      if (!best) return;
      assignWeights(parameters, best.weights);
      best = null;
    },
  };
}
