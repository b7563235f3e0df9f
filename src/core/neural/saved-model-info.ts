/**
 * A saved network as the "Saved models" panel lists it, read from what is stored beside its weights
 * (the topology's settings, input layout and data fingerprint, and the user metadata), and compared
 * with the data loaded now. No tfjs here: the page lists models by reading IndexedDB directly
 * (storage/saved-networks.ts) and the training worker builds the same entry when it saves one.
 */
import type { Dataset } from '../dataset/types';
import { buildSeriesInput } from '../forecast/series-input';
import type { SeriesInput } from '../forecast/types';
import { dataFingerprint } from './fingerprint';
import type { InputLayout } from './input-layout';
import { metaOfUserData, modelFitProblem, type ModelFitProblem, type SavedModelMeta } from './saved-model';
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

/** Compares saved models with the loaded data, building its series once per horizon. */
export function dataComparer(dataset: Dataset | null): DataComparer {
  const byHorizon = new Map<number, { series: SeriesInput[]; fingerprint: string }>();
  return (layout, fingerprint) => {
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

/** The list entry of a stored network, or null when what is stored is not a Shelfcast network. */
export function savedModelInfo(
  id: string,
  modelTopology: unknown,
  userDefinedMetadata: unknown,
  compare: DataComparer,
): SavedModelInfo | null {
  const topology = modelTopology as Partial<StoredTopology> | null | undefined;
  const meta = metaOfUserData(userDefinedMetadata);
  if (!topology?.layout || !topology.settings || typeof topology.fingerprint !== 'string' || meta === null) {
    return null;
  }
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
