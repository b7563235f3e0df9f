/** Training losses over the horizon, in each window's scale, counting only periods with sales. */
import * as tf from '@tensorflow/tfjs';
import type { NeuralLoss } from './settings';

/** Errors beyond this (in window scale, i.e. MADs) count linearly in the Huber loss. */
export const HUBER_DELTA = 1;

function pointLoss(kind: NeuralLoss, error: tf.Tensor2D): tf.Tensor2D {
  switch (kind) {
    case 'mae':
      return tf.abs(error);
    case 'mse':
      return tf.square(error);
    case 'huber': {
      const absolute = tf.abs(error);
      const quadratic = tf.minimum(absolute, HUBER_DELTA);
      return tf.add(tf.mul(0.5, tf.square(quadratic)), tf.mul(HUBER_DELTA, tf.sub(absolute, quadratic)));
    }
  }
}

/** Mean loss over the target periods where `mask` is 1 (0 when there are none). */
export function maskedLoss(
  kind: NeuralLoss,
  prediction: tf.Tensor2D,
  target: tf.Tensor2D,
  mask: tf.Tensor2D,
): tf.Scalar {
  return tf.tidy(() => {
    const total = tf.sum(tf.mul(pointLoss(kind, tf.sub(prediction, target)), mask));
    return tf.div(total, tf.maximum(tf.sum(mask), 1));
  });
}
