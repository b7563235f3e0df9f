/**
 * GRU cell with sigmoid gates, the reset gate applied after the recurrent matMul (the cuDNN /
 * PyTorch form, which tf.layers' `resetAfter: true` throws on).
 */
import * as tf from '@tensorflow/tfjs';
import type { ParameterFactory } from './parameters';
import {
  createGate,
  createRecurrentEncoder,
  recurrentProduct,
  type RecurrentCell,
} from './recurrent-encoder';
import type { EncoderShape, SequenceEncoder } from './sequence-encoder';

function gruCell(factory: ParameterFactory, name: string, inputs: number, units: number): RecurrentCell {
  const update = createGate(factory, `${name}.update`, inputs, units);
  const reset = createGate(factory, `${name}.reset`, inputs, units);
  const candidate = createGate(factory, `${name}.candidate`, inputs, units);
  // Reset-after needs the candidate's recurrent bias apart from its input bias.
  const candidateRecurrentBias = factory.constant(`${name}.candidate.recurrentBias`, [units], 0);
  return {
    gates: [update, reset, candidate],
    initialState: (batch) => [tf.zeros([batch, units])],
    step([xz, xr, xn], [h]) {
      const previous = h as tf.Tensor2D;
      const z = tf.sigmoid(tf.add(xz as tf.Tensor2D, recurrentProduct(previous, update)));
      const r = tf.sigmoid(tf.add(xr as tf.Tensor2D, recurrentProduct(previous, reset)));
      const hn = tf.add(recurrentProduct(previous, candidate), candidateRecurrentBias);
      const n = tf.tanh(tf.add(xn as tf.Tensor2D, tf.mul(r, hn)));
      // h = (1 − z)·n + z·h_prev, written as n + z·(h_prev − n).
      return [tf.add(n, tf.mul(z, tf.sub(previous, n)))];
    },
  };
}

export function createGruEncoder(factory: ParameterFactory, shape: EncoderShape): SequenceEncoder {
  return createRecurrentEncoder(factory, 'gru', shape, gruCell);
}
