/**
 * The training worker's model shelf: trained networks saved in IndexedDB through tfjs's
 * `indexeddb://` handler (it works in workers), each with its settings, input list, scaling and
 * data fingerprint (serialize.ts) plus a name and training facts as user metadata. Listing reads
 * the stored artifacts (no tensors are made); export and import go through one JSON file.
 */
import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../core/dataset/types';
import { buildSeriesInput } from '../core/forecast/series-input';
import type { SeriesInput } from '../core/forecast/types';
import {
  dataFingerprint,
  disposeNeuralModel,
  neuralModelArtifacts,
  neuralModelFromArtifacts,
  type NeuralModel,
} from '../core/neural';
import type { InputLayout } from '../core/neural/input-layout';
import { artifactsFromModelFile, ModelFileError, modelFileText } from '../core/neural/model-file';
import { modelFitProblem, savedMetaOf, withSavedMeta, type SavedModelMeta } from '../core/neural/saved-model';
import type { NeuralSettings } from '../core/neural/settings';
import type { ImportModelResult, SavedModelInfo } from './train-protocol';

const PREFIX = 'indexeddb://shelfcast-neural/';

const urlOf = (id: string): string => `${PREFIX}${id}`;

function newId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

interface StoredTopology {
  settings: NeuralSettings;
  layout: InputLayout;
  fingerprint: string;
}

/** The current data's series as a model with this horizon reads them (fingerprints include the horizon's dates). */
export function seriesOf(dataset: Dataset, horizon: number): SeriesInput[] {
  return dataset.seriesIds.map((_, index) => buildSeriesInput(dataset, index, horizon));
}

/** Compares saved models with the loaded data, building its series once per horizon. */
function dataComparer(dataset: Dataset | null) {
  const byHorizon = new Map<number, { series: SeriesInput[]; fingerprint: string }>();
  return (layout: InputLayout, fingerprint: string): Pick<SavedModelInfo, 'matchesData' | 'fitProblem'> => {
    if (dataset === null) return { matchesData: null, fitProblem: null };
    let current = byHorizon.get(layout.horizon);
    if (!current) {
      const series = seriesOf(dataset, layout.horizon);
      current = { series, fingerprint: dataFingerprint(series) };
      byHorizon.set(layout.horizon, current);
    }
    return {
      matchesData: current.fingerprint === fingerprint,
      fitProblem: modelFitProblem(layout, current.series),
    };
  };
}

function infoOf(
  id: string,
  artifacts: tf.io.ModelArtifacts,
  compare: ReturnType<typeof dataComparer>,
): SavedModelInfo | null {
  const topology = artifacts.modelTopology as StoredTopology | undefined;
  const meta = savedMetaOf(artifacts);
  if (!topology?.layout || !topology.settings || meta === null) return null;
  return {
    ...meta,
    id,
    architecture: topology.settings.architecture,
    horizon: topology.layout.horizon,
    seriesCount: topology.layout.seriesCount,
    fingerprint: topology.fingerprint,
    ...compare(topology.layout, topology.fingerprint),
  };
}

async function loadArtifacts(id: string): Promise<tf.io.ModelArtifacts> {
  const [handler] = tf.io.getLoadHandlers(urlOf(id));
  if (!handler?.load) throw new Error(`No saved model ${id}`);
  return handler.load();
}

async function store(artifacts: tf.io.ModelArtifacts): Promise<string> {
  const id = newId();
  const [handler] = tf.io.getSaveHandlers(urlOf(id));
  if (!handler?.save) throw new Error('IndexedDB is not available to save models');
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
  return infoOf(id, artifacts, dataComparer(dataset)) as SavedModelInfo;
}

/** Newest first. */
export async function listSavedModels(dataset: Dataset | null): Promise<SavedModelInfo[]> {
  const urls = Object.keys(await tf.io.listModels()).filter((url) => url.startsWith(PREFIX));
  const compare = dataComparer(dataset);
  const infos: SavedModelInfo[] = [];
  for (const url of urls) {
    const id = url.slice(PREFIX.length);
    const info = infoOf(id, await loadArtifacts(id), compare);
    if (info) infos.push(info);
  }
  return infos.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function deleteSavedModel(id: string): Promise<boolean> {
  try {
    await tf.io.removeModel(urlOf(id));
    return true;
  } catch {
    return false;
  }
}

/** A saved model's artifacts (no tensors made yet: choose the backend first) and list entry. */
export async function readSavedModel(
  id: string,
  dataset: Dataset,
): Promise<{ info: SavedModelInfo; artifacts: tf.io.ModelArtifacts; settings: NeuralSettings }> {
  const artifacts = await loadArtifacts(id);
  const info = infoOf(id, artifacts, dataComparer(dataset));
  if (!info) throw new Error('The saved model is damaged');
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
  return { ok: true, model: infoOf(id, artifacts, dataComparer(dataset)) as SavedModelInfo };
}
