/**
 * The time loop shared by the recurrent cells. tf.layers' RNNs recompute the input projection at
 * every step in a JavaScript loop; here all steps' inputs are projected with one matMul per gate
 * first, and only the recurrent part runs step by step. Each gate has its own weight matrices
 * rather than one wide matrix split per step: splitting columns is an element-by-element copy on
 * tfjs's CPU backend and dominated training time there.
 */
import * as tf from '@tensorflow/tfjs';
import type { Dropout } from './dropout';
import type { ParameterFactory } from './parameters';
import type { EncoderShape, SequenceEncoder } from './sequence-encoder';

/** One gate's weights: input kernel [in, units], recurrent kernel [units, units], bias [units]. */
export interface Gate {
  kernel: tf.Variable;
  recurrent: tf.Variable;
  bias: tf.Variable;
}

export function createGate(
  factory: ParameterFactory,
  name: string,
  inputs: number,
  units: number,
  initialBias = 0,
): Gate {
  return {
    kernel: factory.glorot(`${name}.kernel`, [inputs, units]),
    recurrent: factory.glorot(`${name}.recurrent`, [units, units]),
    bias: factory.constant(`${name}.bias`, [units], initialBias),
  };
}

/** h · gate's recurrent kernel. */
export function recurrentProduct(h: tf.Tensor2D, gate: Gate): tf.Tensor2D {
  return tf.matMul(h, gate.recurrent as tf.Tensor2D);
}

/** One layer's cell: the recurrent update, given each gate's already projected input at this step. */
export interface RecurrentCell {
  gates: Gate[];
  /** Starting state tensors ([batch, units] each; the first is the output h). */
  initialState(batch: number): tf.Tensor2D[];
  step(projected: tf.Tensor2D[], state: tf.Tensor2D[]): tf.Tensor2D[];
}

export type CellFactory = (
  factory: ParameterFactory,
  name: string,
  inputs: number,
  units: number,
) => RecurrentCell;

/** Per gate, x_t · kernel + bias for every time step t of a time-major [time, batch, in] input. */
function projectInputs(sequence: tf.Tensor3D, gate: Gate): tf.Tensor2D[] {
  const [time, batch, inputs] = sequence.shape;
  const units = gate.kernel.shape[1] as number;
  const flat = tf.add(
    tf.matMul(tf.reshape(sequence, [time * batch, inputs]), gate.kernel as tf.Tensor2D),
    gate.bias,
  );
  return tf.unstack(tf.reshape(flat, [time, batch, units]), 0) as tf.Tensor2D[];
}

/** Stacked layers of `createCell`; the context is the last layer's final output. */
export function createRecurrentEncoder(
  factory: ParameterFactory,
  name: string,
  shape: EncoderShape,
  createCell: CellFactory,
): SequenceEncoder {
  const cells: RecurrentCell[] = [];
  for (let layer = 0; layer < shape.layers; layer++) {
    cells.push(
      createCell(factory, `${name}.${layer}`, layer === 0 ? shape.columns : shape.units, shape.units),
    );
  }
  return {
    contextSize: shape.units,
    encode(sequence, dropout: Dropout) {
      const [time, batch] = sequence.shape;
      let input = sequence;
      let state: tf.Tensor2D[] = [];
      cells.forEach((cell, layer) => {
        const projected = cell.gates.map((gate) => projectInputs(input, gate));
        state = cell.initialState(batch);
        const outputs: tf.Tensor2D[] = [];
        for (let t = 0; t < time; t++) {
          state = cell.step(
            projected.map((steps) => steps[t] as tf.Tensor2D),
            state,
          );
          outputs.push(state[0] as tf.Tensor2D);
        }
        if (layer < cells.length - 1) input = dropout(tf.stack(outputs, 0) as tf.Tensor3D);
      });
      return state[0] as tf.Tensor2D;
    },
  };
}
