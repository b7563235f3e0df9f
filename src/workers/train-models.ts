/**
 * The training worker's model shelf: trained networks saved in IndexedDB through tfjs's
 * `indexeddb://` handler (it works in workers), each with its settings, input list, scaling and
 * data fingerprint (serialize.ts) plus a name and training facts as user metadata. The page lists
 * and deletes them without tfjs (storage/saved-networks.ts); here they are saved, read to forecast
 * or continue training, exported and imported (one JSON file).
 */
import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../core/dataset/types';
import {
  disposeNeuralModel,
  neuralModelArtifacts,
  neuralModelFromArtifacts,
  type NeuralModel,
} from '../core/neural';
import { artifactsFromModelFile, ModelFileError, modelFileText } from '../core/neural/model-file';
import { savedMetaOf, withSavedMeta, type SavedModelMeta } from '../core/neural/saved-model';
import {
  dataComparer,
  SAVED_NETWORK_PATH_PREFIX,
  savedModelInfo,
  storedTopologyOf,
  type DataComparer,
  type SavedModelInfo,
  type StoredTopology,
} from '../core/neural/saved-model-info';
import type { NeuralSettings } from '../core/neural/settings';
import { trainFailure } from './train-errors';
import type { ImportModelResult } from './train-protocol';

const PREFIX = `indexeddb://${SAVED_NETWORK_PATH_PREFIX}`;

const urlOf = (id: string): string => `${PREFIX}${id}`;

function newId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

/** The horizon a stored network forecasts, as a list for dataComparer (empty: not a Shelfcast network). */
function horizonsOf(artifacts: tf.io.ModelArtifacts): number[] {
  const topology = storedTopologyOf(artifacts.modelTopology);
  return topology === null ? [] : [topology.layout.horizon];
}

function infoOf(id: string, artifacts: tf.io.ModelArtifacts, compare: DataComparer): SavedModelInfo | null {
  return savedModelInfo(id, artifacts.modelTopology, artifacts.userDefinedMetadata, compare);
}

async function loadArtifacts(id: string): Promise<tf.io.ModelArtifacts> {
  const [handler] = tf.io.getLoadHandlers(urlOf(id));
  if (!handler?.load) throw trainFailure({ code: 'storage-unavailable', params: {} });
  try {
    return await handler.load();
  } catch {
    throw trainFailure({ code: 'model-missing', params: { id } });
  }
}

async function store(artifacts: tf.io.ModelArtifacts): Promise<string> {
  const id = newId();
  const [handler] = tf.io.getSaveHandlers(urlOf(id));
  if (!handler?.save) throw trainFailure({ code: 'storage-unavailable', params: {} });
  await handler.save(artifacts);
  return id;
}

export async function saveTrainedModel(
  model: NeuralModel,
  meta: SavedModelMeta,
  dataset: Dataset,
): Promise<SavedModelInfo> {
  const artifacts = withSavedMeta(await neuralModelArtifacts(model), meta);
  const id = await store(artifacts);
  return infoOf(id, artifacts, await dataComparer(dataset, [model.layout.horizon])) as SavedModelInfo;
}

/**
 * A saved model's artifacts (no tensors made yet: choose the backend first) and list entry; fails
 * when the model cannot read the data loaded now.
 */
export async function readSavedModel(
  id: string,
  dataset: Dataset,
): Promise<{ info: SavedModelInfo; artifacts: tf.io.ModelArtifacts; settings: NeuralSettings }> {
  const artifacts = await loadArtifacts(id);
  const info = infoOf(id, artifacts, await dataComparer(dataset, horizonsOf(artifacts)));
  if (!info) throw trainFailure({ code: 'model-damaged', params: {} });
  if (info.fitProblem)
    throw trainFailure({ code: 'model-does-not-fit', params: { problem: info.fitProblem } });
  return { info, artifacts, settings: (artifacts.modelTopology as StoredTopology).settings };
}

export async function exportSavedModel(id: string): Promise<{ fileName: string; text: string }> {
  const artifacts = await loadArtifacts(id);
  const name = savedMetaOf(artifacts)?.name ?? id;
  const safe = name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'model';
  return { fileName: `shelfcast-model-${safe}.json`, text: modelFileText(artifacts) };
}

export async function importModelFile(text: string, dataset: Dataset | null): Promise<ImportModelResult> {
  let artifacts: tf.io.ModelArtifacts;
  try {
    artifacts = artifactsFromModelFile(text);
    // Proves the weights fit the topology before anything is stored.
    await tf.setBackend('cpu');
    disposeNeuralModel(neuralModelFromArtifacts(artifacts));
  } catch (error) {
    return { ok: false, problem: error instanceof ModelFileError ? error.problem : 'unreadable' };
  }
  if (savedMetaOf(artifacts) === null) return { ok: false, problem: 'not-a-model' };
  const id = await store(artifacts);
  const compare = await dataComparer(dataset, horizonsOf(artifacts));
  return { ok: true, model: infoOf(id, artifacts, compare) as SavedModelInfo };
}
