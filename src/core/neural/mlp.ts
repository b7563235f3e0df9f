/** The dense baseline: the whole lookback flattened, then `layers` ReLU layers. */
import * as tf from '@tensorflow/tfjs';
import { applyDense, createDense, type Dense } from './dense';
import type { ParameterFactory } from './parameters';
import type { EncoderShape, SequenceEncoder } from './sequence-encoder';

export function createMlpEncoder(factory: ParameterFactory, shape: EncoderShape): SequenceEncoder {
  const layers: Dense[] = [];
  for (let layer = 0; layer < shape.layers; layer++) {
    const inputs = layer === 0 ? shape.lookback * shape.columns : shape.units;
    layers.push(createDense(factory, `mlp.${layer}`, inputs, shape.units));
  }
  return {
    contextSize: shape.units,
    encode(sequence, dropout) {
      const [time, batch, columns] = sequence.shape;
      let x: tf.Tensor2D = tf.reshape(tf.transpose(sequence, [1, 0, 2]), [batch, time * columns]);
      layers.forEach((layer, i) => {
        x = tf.relu(applyDense(layer, i === 0 ? x : dropout(x)));
      });
      return x;
    },
  };
}
