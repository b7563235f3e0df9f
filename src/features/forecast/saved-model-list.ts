/**
 * The "Saved models" list from the records read out of IndexedDB (storage/saved-networks.ts):
 * Shelfcast networks only, each compared with the data loaded now, newest first.
 */
import type { Dataset } from '../../core/dataset/types';
import { dataComparer, savedModelInfo, type SavedModelInfo } from '../../core/neural/saved-model-info';
import type { StoredNetwork } from '../../storage/saved-networks';

export function savedModelList(stored: readonly StoredNetwork[], dataset: Dataset | null): SavedModelInfo[] {
  const compare = dataComparer(dataset);
  return stored
    .flatMap(
      (entry) => savedModelInfo(entry.id, entry.modelTopology, entry.userDefinedMetadata, compare) ?? [],
    )
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
