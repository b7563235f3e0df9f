/**
 * A saved network as the "Saved models" panel lists it, read from what is stored beside its weights
 * (the topology's settings, input layout and data fingerprint, and the user metadata), and compared
 * with the data loaded now. No tfjs here: the page lists models by reading IndexedDB directly
 * (storage/saved-networks.ts) and the training worker builds the same entry when it saves one.
 */
import type { Dataset } from '../dataset/types';
import { buildSeriesInput } from '../forecast/series-input';
import type { SeriesInput } from '../forecast/types';
import { fingerprintBuilder } from './fingerprint';
import type { InputLayout } from './input-layout';
import {
  metaOfUserData,
  modelFitProblem,
  type DataShape,
  type ModelFitProblem,
  type SavedModelMeta,
} from './saved-model';
import type { NeuralArchitecture, NeuralSettings } from './settings';

/**
 * Where saved networks live in tfjs's IndexedDB store: the path after `indexeddb://` (tfjs keys its
 * records by it, `modelPath`), followed by the model's id.
 */
export const SAVED_NETWORK_PATH_PREFIX = 'shelfcast-neural/';

export interface SavedModelInfo extends SavedModelMeta {
  id: string;
  architecture: NeuralArchitecture;
  horizon: number;
  seriesCount: number;
  fingerprint: string;
  /** Trained on exactly the data loaded now (null: no data loaded to compare with). */
  matchesData: boolean | null;
  /** Why it cannot forecast the data loaded now (null: it can, or no data is loaded). */
  fitProblem: ModelFitProblem | null;
}

/** What the network's saved topology holds besides its weights' shapes (serialize.ts). */
export interface StoredTopology {
  settings: NeuralSettings;
  layout: InputLayout;
  fingerprint: string;
}

/** The loaded data's series as a model with this horizon reads them (fingerprints include the horizon's dates). */
export function seriesOf(dataset: Dataset, horizon: number): SeriesInput[] {
  return dataset.seriesIds.map((_, index) => buildSeriesInput(dataset, index, horizon));
}

export type DataComparer = (
  layout: InputLayout,
  fingerprint: string,
) => Pick<SavedModelInfo, 'matchesData' | 'fitProblem'>;

/** Series cut and hashed between two pauses of dataComparer. */
const SERIES_PER_SLICE = 256;

/**
 * Compares saved networks with the loaded data: the data's fingerprint at each horizon asked for
 * (a fingerprint covers the horizon's dates), and its shape for whether a network can read it.
 * The series are cut and hashed one at a time, and `pause` is awaited between slices, so the page
 * can do this on its own thread for 30,000 series without one long task.
 */
export async function dataComparer(
  dataset: Dataset | null,
  horizons: Iterable<number>,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<DataComparer> {
  if (dataset === null) return () => ({ matchesData: null, fitProblem: null });
  const fingerprints = new Map<number, string>();
  for (const horizon of new Set(horizons)) {
    const builder = fingerprintBuilder();
    for (let s = 0; s < dataset.seriesIds.length; s++) {
      if (s > 0 && s % SERIES_PER_SLICE === 0) await pause();
      builder.add(buildSeriesInput(dataset, s, horizon));
    }
    fingerprints.set(horizon, builder.result());
  }
  const shape: DataShape = {
    seriesCount: dataset.seriesIds.length,
    frequency: dataset.frequency,
    covariateNames: dataset.covariates.map((covariate) => covariate.name),
  };
  return (layout, fingerprint) => ({
    matchesData: fingerprints.get(layout.horizon) === fingerprint,
    fitProblem: modelFitProblem(layout, shape),
  });
}

/** The settings, input layout and fingerprint a stored topology holds, or null when it is no Shelfcast network's. */
export function storedTopologyOf(modelTopology: unknown): StoredTopology | null {
  const topology = modelTopology as Partial<StoredTopology> | null | undefined;
  if (!topology?.layout || !topology.settings || typeof topology.fingerprint !== 'string') return null;
  return topology as StoredTopology;
}

/** The list entry of a stored network, or null when what is stored is not a Shelfcast network. */
export function savedModelInfo(
  id: string,
  modelTopology: unknown,
  userDefinedMetadata: unknown,
  compare: DataComparer,
): SavedModelInfo | null {
  const topology = storedTopologyOf(modelTopology);
  const meta = metaOfUserData(userDefinedMetadata);
  if (topology === null || meta === null) return null;
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
