/**
 * What every architecture does with the lookback: read it time-major, [lookback, batch, columns],
 * and give a context of [batch, contextSize].
 */
import type * as tf from '@tensorflow/tfjs';
import type { Dropout } from './dropout';

export interface SequenceEncoder {
  contextSize: number;
  encode(sequence: tf.Tensor3D, dropout: Dropout): tf.Tensor2D;
}

export interface EncoderShape {
  lookback: number;
  columns: number;
  units: number;
  layers: number;
}
