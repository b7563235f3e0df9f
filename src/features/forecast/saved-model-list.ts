/**
 * The "Saved models" list from the records read out of IndexedDB (storage/saved-networks.ts):
 * Shelfcast networks only, each compared with the data loaded now, newest first. The comparison
 * hashes every series, so it pauses between slices to keep the page responsive on large data.
 */
import type { Dataset } from '../../core/dataset/types';
import {
  dataComparer,
  savedModelInfo,
  storedTopologyOf,
  type SavedModelInfo,
} from '../../core/neural/saved-model-info';
import type { StoredNetwork } from '../../storage/saved-networks';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function savedModelList(
  stored: readonly StoredNetwork[],
  dataset: Dataset | null,
): Promise<SavedModelInfo[]> {
  const horizons = stored.flatMap((entry) => storedTopologyOf(entry.modelTopology)?.layout.horizon ?? []);
  const compare = await dataComparer(dataset, horizons, nextTask);
  return stored
    .flatMap(
      (entry) => savedModelInfo(entry.id, entry.modelTopology, entry.userDefinedMetadata, compare) ?? [],
    )
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
