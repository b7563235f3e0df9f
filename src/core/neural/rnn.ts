/** Simple RNN (Elman) cell: h = tanh(x·W + b + h·U). */
import * as tf from '@tensorflow/tfjs';
import type { ParameterFactory } from './parameters';
import {
  createGate,
  createRecurrentEncoder,
  recurrentProduct,
  type RecurrentCell,
} from './recurrent-encoder';
import type { EncoderShape, SequenceEncoder } from './sequence-encoder';

function simpleRnnCell(
  factory: ParameterFactory,
  name: string,
  inputs: number,
  units: number,
): RecurrentCell {
  const gate = createGate(factory, `${name}.h`, inputs, units);
  return {
    gates: [gate],
    initialState: (batch) => [tf.zeros([batch, units])],
    step: ([x], [h]) => [tf.tanh(tf.add(x as tf.Tensor2D, recurrentProduct(h as tf.Tensor2D, gate)))],
  };
}

export function createRnnEncoder(factory: ParameterFactory, shape: EncoderShape): SequenceEncoder {
  return createRecurrentEncoder(factory, 'rnn', shape, simpleRnnCell);
}
