import * as tf from '@tensorflow/tfjs';
import type { NeuralOptimizer } from './settings';

export function createOptimizer(kind: NeuralOptimizer, learningRate: number): tf.Optimizer {
  switch (kind) {
    case 'adam':
      return tf.train.adam(learningRate);
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
  }
}
