/**
 * Keeps the weights of the best validation check so far, for early stopping. Clones share their
 * data with the variables until the optimizer replaces it, so a snapshot costs no copy.
 */
import * as tf from '@tensorflow/tfjs';
import type { Parameters } from './parameters';

export interface BestWeights {
  /** Records the weights if `loss` beats the best so far; true when it did. */
  offer(step: number, loss: number): boolean;
  best(): { step: number; loss: number } | null;
  /** Puts the best weights back into the variables (if any were recorded) and frees the copies. */
  restoreAndRelease(): void;
}

export function trackBestWeights(parameters: Parameters): BestWeights {
  let best: { step: number; loss: number; weights: tf.Tensor[] } | null = null;
  return {
    offer(step, loss) {
      if (best !== null && !(loss < best.loss)) return false;
      if (best) tf.dispose(best.weights);
      best = { step, loss, weights: [...parameters.values()].map((v) => tf.clone(v)) };
      return true;
    },
    best: () => (best ? { step: best.step, loss: best.loss } : null),
    restoreAndRelease() {
      if (!best) return;
      const { weights } = best;
      [...parameters.values()].forEach((v, i) => v.assign(weights[i] as tf.Tensor));
      tf.dispose(weights);
      best = null;
    },
  };
}
