/** The worker's IndexedDB connection, opened on first use and reopened after a restart or close. */
import { openIndexDb, type IndexDb } from '@/lib/store/open-db';

let db: Promise<IndexDb> | null = null;

export function getDb(): Promise<IndexDb> {
  if (!db) {
    const opening = openIndexDb(indexedDB, {
      onClosed: () => {
        if (db === opening) db = null;
      },
    }).catch((err: unknown) => {
      if (db === opening) db = null;
      throw err;
    });
    db = opening;
  }
  return db;
}
