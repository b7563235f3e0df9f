/**
 * Save and load through tfjs IO handlers: the weights as tfjs weight specs and one ArrayBuffer, and
 * settings, input list (with covariate scaling), horizon and data fingerprint as the JSON
 * "topology". `indexeddb://name` works where IndexedDB exists (the worker); anything else can use
 * an IOHandler, e.g. tf.io.fromMemory / tf.io.withSaveHandler, or the artifacts object itself.
 */
import * as tf from '@tensorflow/tfjs';
import type { InputLayout } from './input-layout';
import type { NeuralModel } from './model';
import { createNetwork } from './network';
import { disposeParameters } from './parameters';
import type { NeuralSettings } from './settings';

/**
 * Version 2 added the last-season horizon inputs (`InputLayout.seasonalLag`): a version-1 reader
 * would leave them at zero, so it must refuse such a model rather than forecast from it. Version 1
 * models have no such inputs and load unchanged. Version 3 scales a window whose lookback sold
 * nothing by the series' earlier sales (`InputLayout.dormantScale`): a version-2 reader would scale
 * it by 1 and misread the network's output there. Older models keep scale 1 and load unchanged.
 * Version 4 reads the mapped price also against the window's usual price (a second column,
 * `CovariateEncoding.relative`) and adds the head's horizon-step part (`InputLayout.horizonStepHead`):
 * a version-3 reader would leave that column at zero and drop that part.
 */
export const NEURAL_MODEL_FORMAT = 'shelfcast-neural/4';

/** Every format this version reads. */
export const READABLE_NEURAL_MODEL_FORMATS: readonly string[] = [
  'shelfcast-neural/1',
  'shelfcast-neural/2',
  'shelfcast-neural/3',
  NEURAL_MODEL_FORMAT,
];

interface NeuralModelTopology {
  format: string;
  settings: NeuralSettings;
  layout: InputLayout;
  fingerprint: string;
}

/** The model as a plain object: JSON topology plus the weights in one ArrayBuffer. */
export async function neuralModelArtifacts(model: NeuralModel): Promise<tf.io.ModelArtifacts> {
  const topology: NeuralModelTopology = {
    format: NEURAL_MODEL_FORMAT,
    settings: model.settings,
    layout: model.layout,
    fingerprint: model.fingerprint,
  };
  const named = [...model.network.parameters].map(([name, tensor]) => ({ name, tensor }));
  const { data, specs } = await tf.io.encodeWeights(named);
  return {
    modelTopology: JSON.parse(JSON.stringify(topology)) as object,
    format: NEURAL_MODEL_FORMAT,
    generatedBy: 'Shelfcast',
    weightSpecs: specs,
    weightData: data,
  };
}

function isNeuralTopology(value: unknown): value is NeuralModelTopology {
  return (
    typeof value === 'object' &&
    value !== null &&
    READABLE_NEURAL_MODEL_FORMATS.includes((value as { format?: unknown }).format as string)
  );
}

/** Rebuilds a model from its artifacts; its predictions equal the saved model's. */
export function neuralModelFromArtifacts(artifacts: tf.io.ModelArtifacts): NeuralModel {
  const topology = artifacts.modelTopology;
  if (!isNeuralTopology(topology) || !artifacts.weightSpecs || !artifacts.weightData) {
    throw new Error('Not a saved Shelfcast neural model');
  }
  const network = createNetwork(topology.layout, topology.settings);
  const weights = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
  try {
    for (const [name, variable] of network.parameters) {
      const saved = weights[name];
      if (!saved || saved.shape.join() !== variable.shape.join()) {
        throw new Error(`The saved model's weight ${name} is missing or has another shape`);
      }
      variable.assign(saved);
    }
  } catch (error) {
    disposeParameters(network.parameters);
    throw error;
  } finally {
    tf.dispose(Object.values(weights));
  }
  return {
    settings: topology.settings,
    layout: topology.layout,
    network,
    fingerprint: topology.fingerprint,
  };
}

function saveHandler(destination: string | tf.io.IOHandler): tf.io.IOHandler {
  if (typeof destination !== 'string') return destination;
  const [handler] = tf.io.getSaveHandlers(destination);
  if (!handler) throw new Error(`Cannot save a model to ${destination}`);
  return handler;
}

function loadHandler(source: string | tf.io.IOHandler): tf.io.IOHandler {
  if (typeof source !== 'string') return source;
  const [handler] = tf.io.getLoadHandlers(source);
  if (!handler) throw new Error(`Cannot load a model from ${source}`);
  return handler;
}

export async function saveNeuralModel(
  model: NeuralModel,
  destination: string | tf.io.IOHandler,
): Promise<tf.io.SaveResult> {
  const handler = saveHandler(destination);
  if (!handler.save) throw new Error('This destination cannot save');
  return handler.save(await neuralModelArtifacts(model));
}

export async function loadNeuralModel(source: string | tf.io.IOHandler): Promise<NeuralModel> {
  const handler = loadHandler(source);
  if (!handler.load) throw new Error('This source cannot load');
  return neuralModelFromArtifacts(await handler.load());
}
