/** A fully connected layer over the last dimension: x · kernel + bias. */
import * as tf from '@tensorflow/tfjs';
import type { ParameterFactory } from './parameters';

export interface Dense {
  kernel: tf.Variable;
  bias: tf.Variable;
}

export function createDense(factory: ParameterFactory, name: string, inputs: number, outputs: number): Dense {
  return {
    kernel: factory.glorot(`${name}.kernel`, [inputs, outputs]),
    bias: factory.constant(`${name}.bias`, [outputs], 0),
  };
}

export function applyDense(layer: Dense, x: tf.Tensor2D): tf.Tensor2D {
  return tf.add(tf.matMul(x, layer.kernel as tf.Tensor2D), layer.bias);
}
