/**
 * Seeded dropout for one forward pass. Each call inside the pass gets its own seed, derived from
 * the run's seed and the training step, so masks differ between layers and steps yet repeat
 * exactly when training is run again with the same seed.
 */
import * as tf from '@tensorflow/tfjs';

export type Dropout = <T extends tf.Tensor>(x: T) => T;

export const noDropout: Dropout = (x) => x;

export function seededDropout(rate: number, seed: number, step: number): Dropout {
  if (rate <= 0) return noDropout;
  let call = 0;
  return <T extends tf.Tensor>(x: T): T => tf.dropout(x, rate, undefined, `${seed}:${step}:${call++}`) as T;
}
