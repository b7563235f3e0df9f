/**
 * The head's local part (docs/architecture.md, "Neural networks in a run"): one small dense layer,
 * shared by every horizon step, that reads that step's own inputs (its planned price and promotion,
 * its calendar, its last-season sales) together with the window's context, and adds its answer to
 * that step's forecast. The global head alone must route 28 days' planned inputs through one hidden
 * layer of a few dozen units to 28 outputs, so "a promotion on day 9 lifts day 9" has to be learnt
 * once per day; shared over the steps it is learnt once. This is the local MLP of the MQ-RNN
 * forecaster (Wen et al., "A Multi-Horizon Quantile Recurrent Forecaster", 2017).
 */
import * as tf from '@tensorflow/tfjs';
import type { Dropout } from './dropout';
import type { ParameterFactory } from './parameters';

export interface HorizonStepHead {
  step: tf.Variable;
  context: tf.Variable;
  bias: tf.Variable;
  output: tf.Variable;
}

export function createHorizonStepHead(
  factory: ParameterFactory,
  futureStepColumns: number,
  contextUnits: number,
  units: number,
): HorizonStepHead {
  return {
    step: factory.glorot('head.step.kernel', [futureStepColumns, units]),
    context: factory.glorot('head.step.context', [contextUnits, units]),
    bias: factory.constant('head.step.bias', [units], 0),
    // Zero at the start: a new network forecasts as the global head alone would, and the local
    // part grows only as far as training finds it useful.
    output: factory.constant('head.step.output', [units, 1], 0),
  };
}

/**
 * [batch, horizon]: each step's local term from `future` ([batch, horizon · futureStepColumns]) and
 * `context` ([batch, contextUnits], the global head's hidden layer).
 */
export function applyHorizonStepHead(
  head: HorizonStepHead,
  future: tf.Tensor2D,
  context: tf.Tensor2D,
  horizon: number,
  dropout: Dropout,
): tf.Tensor2D {
  const batch = future.shape[0];
  const columns = future.shape[1] / horizon;
  const units = head.bias.shape[0] as number;
  const steps = tf.matMul(future.reshape([batch * horizon, columns]), head.step as tf.Tensor2D);
  const shared = tf.matMul(context, head.context as tf.Tensor2D).reshape([batch, 1, units]);
  const hidden = tf.relu(tf.add(tf.add(steps.reshape([batch, horizon, units]), shared), head.bias));
  const local = tf.matMul(
    dropout(hidden.reshape([batch * horizon, units]) as tf.Tensor2D),
    head.output as tf.Tensor2D,
  );
  return local.reshape([batch, horizon]);
}
