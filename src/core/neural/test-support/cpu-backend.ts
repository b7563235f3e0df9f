/** Node tests run on tfjs's pure-JS CPU backend (tfjs-node cannot install here). */
import * as tf from '@tensorflow/tfjs';

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}
