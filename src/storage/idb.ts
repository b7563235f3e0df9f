/**
 * A very small promise wrapper over IndexedDB: one database, named object stores, get and put.
 * Every store of the app is declared here so the schema version has one owner.
 */
const DATABASE_NAME = 'shelfcast';
const DATABASE_VERSION = 1;
export const STORES = ['mappings'] as const;
export type StoreName = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | null = null;

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB request failed')));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.addEventListener('upgradeneeded', () => {
      for (const name of STORES) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
      }
    });
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () =>
      reject(request.error ?? new Error('IndexedDB could not be opened')),
    );
  });
  return opening;
}

export async function readRecord<T>(store: StoreName, key: string): Promise<T | undefined> {
  const database = await openDatabase();
  return promised<T | undefined>(database.transaction(store, 'readonly').objectStore(store).get(key));
}

export async function writeRecord<T>(store: StoreName, key: string, value: T): Promise<void> {
  const database = await openDatabase();
  await promised(database.transaction(store, 'readwrite').objectStore(store).put(value, key));
}
