/**
 * CNN forecaster as a temporal convolutional network: residual blocks of two causal convolutions,
 * dilation doubling per block (1, 2, 4, …) so the receptive field grows exponentially with depth.
 * The context is the last time step's output, which has seen the whole receptive field.
 */
import * as tf from '@tensorflow/tfjs';
import { causalConv1d } from './causal-conv';
import type { ParameterFactory } from './parameters';
import type { EncoderShape, SequenceEncoder } from './sequence-encoder';

export const TCN_KERNEL_SIZE = 3;

interface ResidualBlock {
  dilation: number;
  first: { kernel: tf.Variable; bias: tf.Variable };
  second: { kernel: tf.Variable; bias: tf.Variable };
  /** 1×1 projection of the block's input when its width differs from the block's. */
  skip: tf.Variable | null;
}

function conv(factory: ParameterFactory, name: string, inputs: number, outputs: number) {
  return {
    kernel: factory.glorot(`${name}.kernel`, [TCN_KERNEL_SIZE, inputs, outputs]),
    bias: factory.constant(`${name}.bias`, [outputs], 0),
  };
}

export function createTcnEncoder(factory: ParameterFactory, shape: EncoderShape): SequenceEncoder {
  const blocks: ResidualBlock[] = [];
  for (let b = 0; b < shape.layers; b++) {
    const inputs = b === 0 ? shape.columns : shape.units;
    blocks.push({
      dilation: 2 ** b,
      first: conv(factory, `tcn.${b}.first`, inputs, shape.units),
      second: conv(factory, `tcn.${b}.second`, shape.units, shape.units),
      skip: inputs === shape.units ? null : factory.glorot(`tcn.${b}.skip`, [inputs, shape.units]),
    });
  }
  const apply = (layer: { kernel: tf.Variable; bias: tf.Variable }, x: tf.Tensor3D, dilation: number) =>
    tf.relu(causalConv1d(x, layer.kernel as tf.Tensor3D, layer.bias as tf.Tensor1D, dilation));
  return {
    contextSize: shape.units,
    encode(sequence, dropout) {
      let x = sequence;
      for (const block of blocks) {
        const inner = apply(block.second, dropout(apply(block.first, x, block.dilation)), block.dilation);
        const [time, batch, width] = x.shape;
        const residual = block.skip
          ? tf.reshape(tf.matMul(tf.reshape(x, [time * batch, width]), block.skip as tf.Tensor2D), [
              time,
              batch,
              shape.units,
            ])
          : x;
        x = tf.relu(tf.add(inner, residual));
      }
      const [time, batch] = x.shape;
      // The last step, split off rather than sliced: a slice's gradient is a pad, element by element on CPU.
      const last = time > 1 ? (tf.split(x, [time - 1, 1], 0)[1] as tf.Tensor3D) : x;
      return tf.reshape(last, [batch, shape.units]);
    },
  };
}
