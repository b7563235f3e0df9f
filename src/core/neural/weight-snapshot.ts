/**
 * The network's weights read back into JavaScript: a copy that lives in no backend, so it survives
 * a lost GPU device and can be put back into the variables on whichever backend runs next. One
 * readback for all variables (their values concatenated), since each readback from a GPU waits for
 * its queue.
 */
import * as tf from '@tensorflow/tfjs';
import type { Parameters } from './parameters';

/** The variables' values, in the parameters' order, end to end. */
export type WeightSnapshot = Float32Array;

/** The variables' values as one flat tensor (the caller disposes it), optionally after `first`. */
export function packedWeights(parameters: Parameters, first?: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const parts = [...parameters.values()].map((variable) => variable.reshape([-1]));
    return tf.concat(first === undefined ? parts : [first.reshape([-1]), ...parts]) as tf.Tensor1D;
  });
}

export async function readWeights(parameters: Parameters): Promise<WeightSnapshot> {
  const packed = packedWeights(parameters);
  try {
    return (await packed.data()) as Float32Array;
  } finally {
    packed.dispose();
  }
}

/** Puts a snapshot back into the variables, on the backend active now. */
export function assignWeights(parameters: Parameters, snapshot: WeightSnapshot): void {
  let offset = 0;
  for (const variable of parameters.values()) {
    const values = snapshot.subarray(offset, offset + variable.size);
    offset += variable.size;
    const tensor = tf.tensor(values, variable.shape, 'float32');
    variable.assign(tensor);
    tensor.dispose();
  }
  if (offset !== snapshot.length) throw new Error('The snapshot does not fit these weights');
}
