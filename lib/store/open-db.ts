/**
 * Opens the index database. Seam: takes the IDBFactory (the browser's `indexedDB`, or
 * fake-indexeddb in tests) instead of reading a global.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { BUNDLED_FEED_ID } from '../feeds/ids';
import { DB_NAME, DB_VERSION, LEGACY_CURRENT_KEY, pointerKey, type BackstoryDB, type GenerationRow } from './schema';

export type IndexDb = IDBPDatabase<BackstoryDB>;

/** Schema steps, one per version. Never edit a released step; add `if (oldVersion < N)`. */
export function upgrade(
  db: IDBPDatabase<BackstoryDB>,
  oldVersion: number,
  tx: IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('meta');
    db.createObjectStore('generations', { keyPath: 'gen' });
    db.createObjectStore('events', { keyPath: ['gen', 'id'] });
    db.createObjectStore('entities', { keyPath: ['gen', 'id'] });
  }
  if (oldVersion < 2) {
    // Feeds: the stored index becomes the 'bundled' feed's (its pointer and generation rows move
    // over inside this upgrade transaction: it commits all or nothing).
    db.createObjectStore('shards', { keyPath: 'sha256' });
    db.createObjectStore('feeds', { keyPath: 'id' });
    const generations = tx.objectStore('generations');
    generations.createIndex('byFeed', 'feedId');
    if (oldVersion >= 1) {
      const meta = tx.objectStore('meta');
      void meta.get(LEGACY_CURRENT_KEY).then((pointer) => {
        if (!pointer) return;
        void meta.put(pointer, pointerKey(BUNDLED_FEED_ID));
        void meta.delete(LEGACY_CURRENT_KEY);
      });
      void generations.getAll().then((rows) => {
        for (const row of rows as Partial<GenerationRow>[]) {
          void generations.put({ ...row, feedId: BUNDLED_FEED_ID, shards: [] } as GenerationRow);
        }
      });
    }
  }
}

export interface OpenOptions {
  /** Another connection wants a newer version: we close ours; the caller should forget it. */
  onClosed?: () => void;
  name?: string;
}

export function openIndexDb(factory: IDBFactory, options: OpenOptions = {}): Promise<IndexDb> {
  const request = factory.open(options.name ?? DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    upgrade(
      wrap(request.result) as unknown as IDBPDatabase<BackstoryDB>,
      event.oldVersion,
      wrap(tx) as unknown as IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'versionchange'>,
    );
  });
  return (wrap(request) as unknown as Promise<IndexDb>).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      options.onClosed?.();
    });
    db.addEventListener('close', () => options.onClosed?.());
    return db;
  });
}
