/**
 * Opens the index database. Seam: takes the IDBFactory (the browser's `indexedDB`, or
 * fake-indexeddb in tests) instead of reading a global.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { BUNDLED_FEED_ID } from '../feeds/ids';
import type { Entity, NewsEvent } from '../index-format/types';
import { blocksOf } from './generation-blocks';
import {
  DB_NAME,
  DB_VERSION,
  LEGACY_CURRENT_KEY,
  pointerKey,
  type BackstoryDB,
  type GenerationRow,
  type LegacyEntityRow,
  type LegacyEventRow,
  type LegacyGenerationRow,
} from './schema';

export type IndexDb = IDBPDatabase<BackstoryDB>;

/** Schema steps, one per version. Never edit a released step; add `if (oldVersion < N)`. */
export function upgrade(
  db: IDBPDatabase<BackstoryDB>,
  oldVersion: number,
  tx: IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'versionchange'>,
): void {
  // Stores of earlier versions that the current schema type no longer names.
  const legacyDb = db as unknown as IDBPDatabase;
  const legacyTx = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  if (oldVersion < 1) {
    db.createObjectStore('meta');
    db.createObjectStore('generations', { keyPath: 'gen' });
    legacyDb.createObjectStore('events', { keyPath: ['gen', 'id'] });
    legacyDb.createObjectStore('entities', { keyPath: ['gen', 'id'] });
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
  if (oldVersion < 3) {
    // Block rows (generation-blocks.ts). Stored generations are converted here, inside the upgrade
    // transaction: it commits all or nothing (a worker stopped halfway reruns it on the next
    // open), and every feed keeps serving offline without a refetch. Rows without a generation
    // row (a stopped staging) are dropped with the old stores.
    db.createObjectStore('blocks', { keyPath: ['gen', 'kind', 'n'] });
    if (oldVersion < 1) {
      legacyDb.deleteObjectStore('events');
      legacyDb.deleteObjectStore('entities');
    } else {
      const generations = tx.objectStore('generations');
      const blocks = tx.objectStore('blocks');
      void Promise.all([
        generations.getAll() as Promise<LegacyGenerationRow[]>,
        legacyTx.objectStore('events').getAll() as Promise<LegacyEventRow[]>,
        legacyTx.objectStore('entities').getAll() as Promise<LegacyEntityRow[]>,
      ]).then(([rows, eventRows, entityRows]) => {
        const events = groupByGen(eventRows, (r) => r.event);
        const entities = groupByGen(entityRows, (r) => r.entity);
        for (const { matcher, ...row } of rows) {
          // From version 1 the step above has queued its own put of this row: this one comes
          // after it, so it repeats what that step adds.
          void generations.put({ ...row, feedId: row.feedId ?? BUNDLED_FEED_ID, shards: row.shards ?? [] } as GenerationRow);
          if (!matcher) continue;
          const rowEvents: NewsEvent[] = events.get(row.gen) ?? [];
          const rowEntities: Entity[] = entities.get(row.gen) ?? [];
          for (const block of blocksOf(row.gen, rowEvents, rowEntities, matcher)) void blocks.put(block);
        }
        legacyDb.deleteObjectStore('events');
        legacyDb.deleteObjectStore('entities');
      });
    }
  }
}

function groupByGen<R extends { gen: number }, T>(rows: readonly R[], item: (row: R) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.gen);
    if (group) group.push(item(row));
    else groups.set(row.gen, [item(row)]);
  }
  return groups;
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
