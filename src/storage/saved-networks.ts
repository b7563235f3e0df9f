/**
 * The saved networks, read and deleted straight from the IndexedDB store tfjs's `indexeddb://`
 * handler writes (database `tensorflowjs`, object stores `models_store` and `model_info_store`, both
 * keyed by `modelPath`), so listing them on every visit of the Forecast step loads no tfjs and starts
 * no worker. Only records under the app's path are touched. The schema is tfjs 4.x's; this module
 * never creates the database (tfjs does, on the first save), so it cannot get it wrong.
 */
import { SAVED_NETWORK_PATH_PREFIX } from '../core/neural/saved-model-info';

const TFJS_DATABASE = 'tensorflowjs';
const TFJS_DATABASE_VERSION = 1;
const MODELS_STORE = 'models_store';
const INFO_STORE = 'model_info_store';

/** What the list needs of one stored network: its id and the JSON parts saved beside its weights. */
export interface StoredNetwork {
  id: string;
  modelTopology: unknown;
  userDefinedMetadata: unknown;
}

interface ModelRecord {
  modelPath: string;
  modelArtifacts?: { modelTopology?: unknown; userDefinedMetadata?: unknown };
}

/** The tfjs database, or null when no model was ever saved in this browser. */
function openTfjsDatabase(): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(TFJS_DATABASE, TFJS_DATABASE_VERSION);
    let created = false;
    request.addEventListener('upgradeneeded', () => {
      // No database yet: abort, so it stays tfjs's to create with its own stores.
      created = true;
      request.transaction?.abort();
    });
    request.addEventListener('success', () => {
      const database = request.result;
      if ([MODELS_STORE, INFO_STORE].every((name) => database.objectStoreNames.contains(name))) {
        resolve(database);
      } else {
        database.close();
        resolve(null);
      }
    });
    request.addEventListener('error', (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.addEventListener('complete', () => resolve());
    transaction.addEventListener('error', () => reject(transaction.error ?? new Error('IndexedDB failed')));
    transaction.addEventListener('abort', () => reject(transaction.error ?? new Error('IndexedDB aborted')));
  });
}

/** Every network the app saved in this browser (any order). */
export async function readSavedNetworks(): Promise<StoredNetwork[]> {
  const database = await openTfjsDatabase();
  if (database === null) return [];
  try {
    const transaction = database.transaction(MODELS_STORE, 'readonly');
    const range = IDBKeyRange.bound(SAVED_NETWORK_PATH_PREFIX, `${SAVED_NETWORK_PATH_PREFIX}\uffff`);
    const request = transaction.objectStore(MODELS_STORE).getAll(range);
    await done(transaction);
    return (request.result as ModelRecord[]).map((record) => ({
      id: record.modelPath.slice(SAVED_NETWORK_PATH_PREFIX.length),
      modelTopology: record.modelArtifacts?.modelTopology,
      userDefinedMetadata: record.modelArtifacts?.userDefinedMetadata,
    }));
  } finally {
    database.close();
  }
}

/** Deletes a saved network (its weights and tfjs's info record); false when there was none. */
export async function deleteSavedNetwork(id: string): Promise<boolean> {
  const database = await openTfjsDatabase();
  if (database === null) return false;
  try {
    const path = `${SAVED_NETWORK_PATH_PREFIX}${id}`;
    const transaction = database.transaction([MODELS_STORE, INFO_STORE], 'readwrite');
    const models = transaction.objectStore(MODELS_STORE);
    const existed = models.count(path);
    models.delete(path);
    transaction.objectStore(INFO_STORE).delete(path);
    await done(transaction);
    return existed.result > 0;
  } finally {
    database.close();
  }
}
