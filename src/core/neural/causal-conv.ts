/**
 * Causal dilated 1-D convolution built from left zero-padding, shifted slices and matMul. tfjs
 * 4.22's conv1d has no causal padding, its gradient throws for dilation > 1, and WASM cannot
 * train it at all (no Conv2DBackpropFilter); these ops train on every backend.
 *
 * The padding is a concat with zeros and the shifted slices come from split, both along time
 * (axis 0): their gradients are split and concat along axis 0, contiguous copies. tf.pad and
 * tf.slice would do the same, but their gradients (slice ↔ pad) run element by element on the CPU
 * backend and made the convolution several times slower there.
 */
import * as tf from '@tensorflow/tfjs';

/**
 * x: [time, batch, in] (time-major, so every shifted slice is contiguous); kernel: [taps, in, out]
 * (tf.conv1d's layout); output: [time, batch, out], where
 * output[t] = bias + Σ_k x[t − (taps − 1 − k) · dilation] · kernel[k], with zeros before the start.
 */
export function causalConv1d(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  bias: tf.Tensor1D,
  dilation: number,
): tf.Tensor3D {
  return tf.tidy(() => {
    const [time, batch, inputs] = x.shape;
    const [taps, , outputs] = kernel.shape;
    const padding = (taps - 1) * dilation;
    const padded = padding > 0 ? tf.concat([tf.zeros([padding, batch, inputs]), x], 0) : x;
    const tapWeights = tf.split(kernel, taps, 0);
    const products: tf.Tensor2D[] = [];
    for (let k = 0; k < taps; k++) {
      // Periods [k·dilation, k·dilation + time) of the padded input: x shifted (taps − 1 − k)·dilation back.
      const before = k * dilation;
      const pieces = tf.split(
        padded,
        [before, time, padding - before].filter((size) => size > 0),
        0,
      );
      const shifted = tf.reshape(pieces[before > 0 ? 1 : 0] as tf.Tensor3D, [time * batch, inputs]);
      const tap = tf.reshape(tapWeights[k] as tf.Tensor3D, [inputs, outputs]);
      products.push(tf.matMul(shifted, tap));
    }
    const sum = products.length === 1 ? (products[0] as tf.Tensor2D) : tf.addN(products);
    return tf.reshape(tf.add(sum, bias), [time, batch, outputs]);
  });
}
