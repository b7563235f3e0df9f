/**
 * A global forecasting network: an architecture-specific encoder reads the lookback; a dense head
 * reads its context together with the horizon's planned covariates and calendar and the series'
 * identity, and outputs the whole horizon at once (direct multi-horizon), in the window's scale;
 * a local part adds to each horizon step what that step's own inputs say (horizon-step-head.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { applyDense, createDense } from './dense';
import { noDropout, type Dropout } from './dropout';
import { createGruEncoder } from './gru';
import { applyHorizonStepHead, createHorizonStepHead } from './horizon-step-head';
import type { InputLayout } from './input-layout';
import { createLstmEncoder } from './lstm';
import { createMlpEncoder } from './mlp';
import { parameterFactory, type ParameterFactory, type Parameters } from './parameters';
import { createRnnEncoder } from './rnn';
import type { EncoderShape, SequenceEncoder } from './sequence-encoder';
import type { NeuralArchitecture, NeuralSettings } from './settings';
import { createTcnEncoder } from './tcn';

export interface NetworkInputs {
  /** [lookback, batch, stepColumns] (time-major) */
  sequence: tf.Tensor3D;
  /** [batch, horizon · futureStepColumns] */
  future: tf.Tensor2D;
  /** [batch] int32 series indices. */
  seriesIndex: tf.Tensor1D;
}

/** Training passes drop out features; inference passes are deterministic and need no gradients. */
export type ForwardMode = { training: true; dropout: Dropout } | { training: false };

export const INFERENCE: ForwardMode = { training: false };

export interface NeuralNetwork {
  parameters: Parameters;
  /** [batch, horizon] forecasts in each window's scale. */
  forward(inputs: NetworkInputs, mode: ForwardMode): tf.Tensor2D;
}

/**
 * The identity kernel's row of each window's series. Training multiplies one-hot columns by the
 * kernel, whose gradient every backend has; inference gathers the rows, which is the same numbers
 * without a [batch, series] product (big with 30,000 series) — but gather's gradient needs
 * UnsortedSegmentSum, which WASM lacks, so it is not used for training.
 */
function identityTerm(
  kernel: tf.Variable,
  seriesIndex: tf.Tensor1D,
  seriesCount: number,
  mode: ForwardMode,
): tf.Tensor2D {
  if (!mode.training) return tf.gather(kernel as tf.Tensor2D, seriesIndex);
  const oneHot = tf.cast(tf.oneHot(seriesIndex, seriesCount), 'float32') as tf.Tensor2D;
  return tf.matMul(oneHot, kernel as tf.Tensor2D);
}

const ENCODERS: Record<
  NeuralArchitecture,
  (factory: ParameterFactory, shape: EncoderShape) => SequenceEncoder
> = {
  mlp: createMlpEncoder,
  rnn: createRnnEncoder,
  lstm: createLstmEncoder,
  gru: createGruEncoder,
  tcn: createTcnEncoder,
};

export function createNetwork(layout: InputLayout, settings: NeuralSettings): NeuralNetwork {
  const factory = parameterFactory(settings.seed);
  const encoder = ENCODERS[settings.architecture](factory, {
    lookback: layout.lookback,
    columns: layout.stepColumns,
    units: settings.units,
    layers: settings.layers,
  });
  // The head's hidden layer reads context, horizon inputs and series identity through separate
  // kernels and sums them: the same as one dense layer over their concatenation, without the
  // column split a concat's gradient needs (slow on the CPU backend). The identity kernel is the
  // one-hot series columns through a dense layer — an embedding that also trains on WASM, where
  // tf.layers.embedding cannot (no UnsortedSegmentSum).
  const context = createDense(factory, 'head.context', encoder.contextSize, settings.units);
  const future = factory.glorot('head.future.kernel', [
    layout.horizon * layout.futureStepColumns,
    settings.units,
  ]);
  const identity = layout.seriesIdentity
    ? factory.glorot('head.identity.kernel', [layout.seriesCount, settings.units])
    : null;
  const output = createDense(factory, 'head.output', settings.units, layout.horizon);
  const stepHead =
    layout.horizonStepHead === true
      ? createHorizonStepHead(factory, layout.futureStepColumns, settings.units, settings.units)
      : null;
  return {
    parameters: factory.parameters,
    forward(inputs, mode) {
      const dropout = mode.training ? mode.dropout : noDropout;
      return tf.tidy(() => {
        let hidden: tf.Tensor2D = tf.add(
          applyDense(context, dropout(encoder.encode(inputs.sequence, dropout))),
          tf.matMul(inputs.future, future as tf.Tensor2D),
        );
        if (identity)
          hidden = tf.add(hidden, identityTerm(identity, inputs.seriesIndex, layout.seriesCount, mode));
        const shared = tf.relu(hidden);
        const forecast = applyDense(output, dropout(shared));
        if (!stepHead) return forecast;
        return tf.add(
          forecast,
          applyHorizonStepHead(stepHead, inputs.future, shared, layout.horizon, dropout),
        );
      });
    },
  };
}
