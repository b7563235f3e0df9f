/**
 * The network's weights: tf.Variables this code owns, by name, in creation order. Owning them
 * (rather than hiding them in tf.layers) makes saving, loading and restoring the best weights a
 * matter of reading and assigning this map. Initial values are drawn from a seeded generator in
 * JavaScript, so the same seed gives the same starting weights on every backend.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../metrics/seeded-random';

export type Parameters = Map<string, tf.Variable>;

export interface ParameterFactory {
  readonly parameters: Parameters;
  /** Glorot-uniform values for a weight whose last dimension is its outputs (fan-in = the rest). */
  glorot(name: string, shape: number[]): tf.Variable;
  constant(name: string, shape: number[], value: number): tf.Variable;
  fromValues(name: string, shape: number[], values: Float32Array): tf.Variable;
}

export function parameterFactory(seed: number): ParameterFactory {
  const random = mulberry32(seed);
  const parameters: Parameters = new Map();
  const add = (name: string, shape: number[], values: Float32Array): tf.Variable => {
    if (parameters.has(name)) throw new Error(`Parameter ${name} created twice`);
    // No tfjs name: tfjs names are global, and two models may be alive at once.
    const initial = tf.tensor(values, shape);
    const variable = tf.variable(initial, true);
    initial.dispose();
    parameters.set(name, variable);
    return variable;
  };
  return {
    parameters,
    glorot(name, shape) {
      const fanOut = shape[shape.length - 1] as number;
      const size = shape.reduce((a, b) => a * b, 1);
      const limit = Math.sqrt(6 / (size / fanOut + fanOut));
      const values = new Float32Array(size);
      for (let i = 0; i < size; i++) values[i] = (2 * random() - 1) * limit;
      return add(name, shape, values);
    },
    constant(name, shape, value) {
      return add(name, shape, new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(value));
    },
    fromValues: add,
  };
}

export function disposeParameters(parameters: Parameters): void {
  for (const variable of parameters.values()) variable.dispose();
}
