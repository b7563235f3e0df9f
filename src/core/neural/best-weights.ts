/**
 * Keeps the weights of the best validation check so far, for early stopping. They are kept as a
 * snapshot in JavaScript (weight-snapshot.ts), not as tensors, so a lost GPU device does not take
 * them along: training that moves to another backend can still restore them at its end.
 */
import type { Parameters } from './parameters';
import { assignWeights, type WeightSnapshot } from './weight-snapshot';

export interface BestWeights {
  /** Whether `loss` beats the best so far (so its weights are worth reading back). */
  improves(loss: number): boolean;
  /** Records `weights` (read at that check) as the best, if `loss` beats the best so far. */
  offer(step: number, loss: number, weights: WeightSnapshot): void;
  best(): { step: number; loss: number } | null;
  /** Puts the best weights back into the variables (if any were recorded) and forgets them. */
  restoreAndRelease(): void;
}

export function trackBestWeights(parameters: Parameters): BestWeights {
  let best: { step: number; loss: number; weights: WeightSnapshot } | null = null;
  const improves = (loss: number): boolean => best === null || loss < best.loss;
  return {
    improves,
    offer(step, loss, weights) {
      if (improves(loss)) best = { step, loss, weights };
    },
    best: () => (best ? { step: best.step, loss: best.loss } : null),
    restoreAndRelease() {
      if (!best) return;
      assignWeights(parameters, best.weights);
      best = null;
    },
  };
}
