import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchTensors, disposeBatchTensors } from './batch-tensors';
import { noDropout } from './dropout';
import { createNeuralModel, disposeNeuralModel } from './model';
import { INFERENCE } from './network';
import { useCpuBackend } from './test-support/cpu-backend';
import { TINY_HORIZON, tinySeriesSet, tinySettings } from './test-support/tiny-model';
import { fillWindowBatch } from './window-batch';

describe('network', () => {
  beforeAll(useCpuBackend);

  it('gives the same outputs in inference (gathered identity) as in training without dropout (one-hot)', async () => {
    const { series, parts } = tinySeriesSet();
    const model = createNeuralModel(series, parts, TINY_HORIZON, tinySettings('gru'));
    const batch = fillWindowBatch(series, model.layout, {
      series: Int32Array.of(0, 1, 2, 1),
      origins: Int32Array.of(20, 30, 40, 59),
    });
    const tensors = batchTensors(batch, model.layout);
    const inference = model.network.forward(tensors, INFERENCE);
    const training = model.network.forward(tensors, { training: true, dropout: noDropout });
    expect(inference.shape).toEqual([4, TINY_HORIZON]);
    expect(await inference.data()).toEqual(await training.data());
    tf.dispose([inference, training]);
    disposeBatchTensors(tensors);
    disposeNeuralModel(model);
  });
});
