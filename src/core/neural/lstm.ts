/**
 * LSTM cell with sigmoid gates (tf.layers defaults to hardSigmoid). The forget gate's bias starts
 * at 1 so early training keeps the cell state instead of wiping it.
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

function lstmCell(factory: ParameterFactory, name: string, inputs: number, units: number): RecurrentCell {
  const input = createGate(factory, `${name}.input`, inputs, units);
  const forget = createGate(factory, `${name}.forget`, inputs, units, 1);
  const candidate = createGate(factory, `${name}.candidate`, inputs, units);
  const output = createGate(factory, `${name}.output`, inputs, units);
  return {
    gates: [input, forget, candidate, output],
    initialState: (batch) => [tf.zeros([batch, units]), tf.zeros([batch, units])],
    step([xi, xf, xg, xo], [h, c]) {
      const previous = h as tf.Tensor2D;
      const gate = (x: tf.Tensor2D | undefined, weights: typeof input) =>
        tf.add(x as tf.Tensor2D, recurrentProduct(previous, weights));
      const cell: tf.Tensor2D = tf.add(
        tf.mul(tf.sigmoid(gate(xf, forget)), c as tf.Tensor2D),
        tf.mul(tf.sigmoid(gate(xi, input)), tf.tanh(gate(xg, candidate))),
      );
      return [tf.mul(tf.sigmoid(gate(xo, output)), tf.tanh(cell)), cell];
    },
  };
}

export function createLstmEncoder(factory: ParameterFactory, shape: EncoderShape): SequenceEncoder {
  return createRecurrentEncoder(factory, 'lstm', shape, lstmCell);
}
