/** A filled window batch as tensors, in the shapes the network and the loss take. */
import * as tf from '@tensorflow/tfjs';
import type { InputLayout } from './input-layout';
import type { NetworkInputs } from './network';
import type { WindowBatch } from './window-batch';

export interface BatchTensors extends NetworkInputs {
  target: tf.Tensor2D;
  mask: tf.Tensor2D;
}

export function batchTensors(batch: WindowBatch, layout: InputLayout): BatchTensors {
  const { size } = batch;
  return {
    sequence: tf.tensor3d(batch.sequence, [layout.lookback, size, layout.stepColumns]),
    future: tf.tensor2d(batch.future, [size, layout.horizon * layout.futureStepColumns]),
    seriesIndex: tf.tensor1d(batch.seriesIndex, 'int32'),
    target: tf.tensor2d(batch.target, [size, layout.horizon]),
    mask: tf.tensor2d(batch.mask, [size, layout.horizon]),
  };
}

export function disposeBatchTensors(tensors: BatchTensors): void {
  tf.dispose([tensors.sequence, tensors.future, tensors.seriesIndex, tensors.target, tensors.mask]);
}
