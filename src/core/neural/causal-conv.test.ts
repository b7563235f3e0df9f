import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/seeded-random';
import { causalConv1d } from './causal-conv';
import { useCpuBackend } from './test-support/cpu-backend';

const TIME = 7;
const BATCH = 2;
const IN = 3;
const OUT = 4;
const TAPS = 3;

function randomValues(count: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  return Float32Array.from({ length: count }, () => 2 * random() - 1);
}

/** output[t][b][o] = bias[o] + Σ_k Σ_i x[t − (TAPS − 1 − k)·d][b][i] · kernel[k][i][o], straight from the definition. */
function directConv(x: Float32Array, kernel: Float32Array, bias: Float32Array, dilation: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < TIME; t++) {
    for (let b = 0; b < BATCH; b++) {
      for (let o = 0; o < OUT; o++) {
        let sum = bias[o] as number;
        for (let k = 0; k < TAPS; k++) {
          const source = t - (TAPS - 1 - k) * dilation;
          if (source < 0) continue;
          for (let i = 0; i < IN; i++) {
            sum += (x[(source * BATCH + b) * IN + i] as number) * (kernel[(k * IN + i) * OUT + o] as number);
          }
        }
        out.push(sum);
      }
    }
  }
  return out;
}

describe('causalConv1d', () => {
  beforeAll(useCpuBackend);
  const xValues = randomValues(TIME * BATCH * IN, 1);
  const kernelValues = randomValues(TAPS * IN * OUT, 2);
  const biasValues = randomValues(OUT, 3);

  it('equals tf.conv1d on the left-padded input at dilation 1', async () => {
    const x = tf.tensor3d(xValues, [TIME, BATCH, IN]);
    const kernel = tf.tensor3d(kernelValues, [TAPS, IN, OUT]);
    const bias = tf.tensor1d(biasValues);
    const ours = causalConv1d(x, kernel, bias, 1);
    const reference = tf.tidy(() => {
      const batchMajor = tf.pad(tf.transpose(x, [1, 0, 2]), [
        [0, 0],
        [TAPS - 1, 0],
        [0, 0],
      ]) as tf.Tensor3D;
      return tf.transpose(tf.add(tf.conv1d(batchMajor, kernel, 1, 'valid'), bias), [1, 0, 2]);
    });
    const [a, b] = await Promise.all([ours.data(), reference.data()]);
    [...a].forEach((v, i) => expect(v).toBeCloseTo(b[i] as number, 5));
    tf.dispose([x, kernel, bias, ours, reference]);
  });

  it('equals the definition at dilations 2 and 3, with finite gradients', async () => {
    for (const dilation of [2, 3]) {
      const x = tf.tensor3d(xValues, [TIME, BATCH, IN]);
      const kernel = tf.tensor3d(kernelValues, [TAPS, IN, OUT]);
      const bias = tf.tensor1d(biasValues);
      const out = causalConv1d(x, kernel, bias, dilation);
      const expected = directConv(xValues, kernelValues, biasValues, dilation);
      [...(await out.data())].forEach((v, i) => expect(v).toBeCloseTo(expected[i] as number, 5));

      const gradients = tf.grads((xs, ks, bs) =>
        tf.sum(tf.square(causalConv1d(xs as tf.Tensor3D, ks as tf.Tensor3D, bs as tf.Tensor1D, dilation))),
      )([x, kernel, bias]);
      for (const gradient of gradients) {
        const values = await gradient.data();
        expect(values.every(Number.isFinite)).toBe(true);
        expect(values.some((v) => v !== 0)).toBe(true);
      }
      tf.dispose([x, kernel, bias, out, ...gradients]);
    }
  });
});
