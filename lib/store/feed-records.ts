/**
 * Feed records (subscriptions and the bundled feed's settings): the one module that reads and
 * writes them (IndexedDB store 'feeds'; see schema.ts FeedRecord). A version's install writes the
 * record together with the feed's pointer (index-store.ts commitGeneration); everything else
 * (schedule, last error, paused) goes through here.
 */
import type { IndexDb } from './open-db';
import type { FeedRecord } from './schema';

export function getFeedRecord(db: IndexDb, id: string): Promise<FeedRecord | undefined> {
  return db.get('feeds', id);
}

export function listFeedRecords(db: IndexDb): Promise<FeedRecord[]> {
  return db.getAll('feeds');
}

export async function putFeedRecord(db: IndexDb, record: FeedRecord): Promise<void> {
  await db.put('feeds', record);
}

/**
 * Changes a stored record in one transaction (read and write together, so two changes do not
 * undo each other). Returns the new record, or undefined when there is none (removed).
 */
export async function updateFeedRecord(
  db: IndexDb,
  id: string,
  change: (record: FeedRecord) => FeedRecord,
): Promise<FeedRecord | undefined> {
  const tx = db.transaction('feeds', 'readwrite');
  const current = await tx.store.get(id);
  const next = current ? change(current) : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}
