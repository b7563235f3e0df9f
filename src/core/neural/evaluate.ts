/** Loss of a network on fixed windows (validation, or permuted copies for importance). */
import * as tf from '@tensorflow/tfjs';
import type { SeriesInput } from '../forecast/types';
import { batchTensors, disposeBatchTensors } from './batch-tensors';
import type { InputLayout } from './input-layout';
import { maskedLoss } from './loss';
import { INFERENCE, type NeuralNetwork } from './network';
import type { NeuralLoss } from './settings';
import { fillWindowBatch, type WindowBatch } from './window-batch';
import { sliceWindows, windowCount, type WindowList } from './windows';

/** Windows per forward pass when evaluating or forecasting: bounds memory, not results. */
export const EVALUATION_CHUNK = 512;

export function fillInChunks(series: SeriesInput[], layout: InputLayout, windows: WindowList): WindowBatch[] {
  const batches: WindowBatch[] = [];
  for (let start = 0; start < windowCount(windows); start += EVALUATION_CHUNK) {
    batches.push(fillWindowBatch(series, layout, sliceWindows(windows, start, start + EVALUATION_CHUNK)));
  }
  return batches;
}

/** Mean loss over every target period with sales, across all batches; NaN when there is none. */
export async function lossOnBatches(
  network: NeuralNetwork,
  layout: InputLayout,
  batches: WindowBatch[],
  kind: NeuralLoss,
): Promise<number> {
  let total = 0;
  let periods = 0;
  for (const batch of batches) {
    const count = batch.mask.reduce((a, b) => a + b, 0);
    if (count === 0) continue;
    const tensors = batchTensors(batch, layout);
    const loss = tf.tidy(() =>
      maskedLoss(kind, network.forward(tensors, INFERENCE), tensors.target, tensors.mask),
    );
    disposeBatchTensors(tensors);
    const [mean] = await loss.data();
    loss.dispose();
    total += (mean as number) * count;
    periods += count;
  }
  return periods > 0 ? total / periods : NaN;
}
