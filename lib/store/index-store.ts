/**
 * The index store: the validated index's events and entities (for display and search) plus the
 * compiled matcher, kept as generations (see schema.ts). Pure idb code; the database handle is
 * passed in.
 */
import type { Entity, IndexDocument, NewsEvent } from '../index-format/types';
import type { StoredMatcher } from '../matcher';
import type { IndexDb } from './open-db';
import { CURRENT_KEY, type IndexMeta } from './schema';

export interface IndexSnapshot {
  generation: number;
  meta: IndexMeta;
  matcher: StoredMatcher;
  events: NewsEvent[];
  entities: Entity[];
}

/** Rows of one generation: keys [gen, id] with any id. Arrays sort after strings in IndexedDB. */
function genRange(gen: number): IDBKeyRange {
  return IDBKeyRange.bound([gen], [gen, []]);
}

/** The meta of the current generation, or null when nothing is stored yet. */
export async function readCurrentMeta(db: IndexDb): Promise<IndexMeta | null> {
  const tx = db.transaction(['meta', 'generations'], 'readonly');
  const pointer = await tx.objectStore('meta').get(CURRENT_KEY);
  const row = pointer ? await tx.objectStore('generations').get(pointer.generation) : undefined;
  await tx.done;
  return row?.meta ?? null;
}

/** Everything of the current generation, read in one transaction (a consistent snapshot). */
export async function readCurrent(db: IndexDb): Promise<IndexSnapshot | null> {
  const tx = db.transaction(['meta', 'generations', 'events', 'entities'], 'readonly');
  const pointer = await tx.objectStore('meta').get(CURRENT_KEY);
  if (!pointer) {
    await tx.done;
    return null;
  }
  const gen = pointer.generation;
  const [row, eventRows, entityRows] = await Promise.all([
    tx.objectStore('generations').get(gen),
    tx.objectStore('events').getAll(genRange(gen)),
    tx.objectStore('entities').getAll(genRange(gen)),
  ]);
  await tx.done;
  if (!row) return null;
  return {
    generation: gen,
    meta: row.meta,
    matcher: row.matcher,
    events: eventRows.map((r) => r.event),
    entities: entityRows.map((r) => r.entity),
  };
}

export function metaFor(
  doc: IndexDocument,
  extra: { loadedAt: number; matcherFormat: number | null; appVersion: string },
): IndexMeta {
  return {
    publisher: doc.publisher.name,
    title: doc.title,
    homepage: doc.homepage ?? '',
    version: doc.version,
    events: doc.events.length,
    entities: doc.entities.length,
    generated: doc.generated,
    expires: doc.expires,
    ...extra,
  };
}

export class IndexWriteError extends Error {
  override readonly name = 'IndexWriteError';
}

/**
 * Writes `doc` + `matcher` as a new generation and makes it current. Throws IndexWriteError when
 * the write fails (quota exceeded, data not cloneable...); the current generation is then
 * unchanged. Returns the new generation number.
 */
export async function writeGeneration(
  db: IndexDb,
  doc: IndexDocument,
  matcher: StoredMatcher,
  meta: IndexMeta,
): Promise<number> {
  const gens = await db.getAllKeys('generations');
  const pointer = await db.get('meta', CURRENT_KEY);
  const gen = Math.max(0, pointer?.generation ?? 0, ...gens) + 1;

  // Nothing else is awaited inside this transaction (idb: it would auto-commit early).
  const tx = db.transaction(['generations', 'events', 'entities'], 'readwrite');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    pending.push(tx.objectStore('generations').put({ gen, meta, matcher }));
    for (const event of doc.events) pending.push(tx.objectStore('events').put({ gen, id: event.id, event }));
    for (const entity of doc.entities) pending.push(tx.objectStore('entities').put({ gen, id: entity.id, entity }));
    await Promise.all(pending);
  } catch (err) {
    // Abort whatever part was queued: generation `gen` is not written, `current` still stands.
    try {
      tx.abort();
    } catch {
      // Already aborted (quota) or finished.
    }
    await Promise.allSettled(pending);
    throw new IndexWriteError(`Could not store the index: ${describe(err)}`);
  }

  // The atomic flip: one small put.
  try {
    await db.put('meta', { generation: gen }, CURRENT_KEY);
  } catch (err) {
    throw new IndexWriteError(`Could not switch to the new index: ${describe(err)}`);
  }
  await dropOtherGenerations(db, gen).catch(() => {
    // Leftovers are harmless (readers follow the pointer) and are removed on the next write.
  });
  return gen;
}

/** Deletes every generation except `keep` (older ones, and a half-written one from a crash). */
export async function dropOtherGenerations(db: IndexDb, keep: number): Promise<void> {
  const gens = (await db.getAllKeys('generations')).filter((g) => g !== keep);
  if (gens.length === 0) return;
  const tx = db.transaction(['generations', 'events', 'entities'], 'readwrite');
  const ops: Promise<unknown>[] = [];
  for (const g of gens) {
    ops.push(tx.objectStore('generations').delete(g));
    ops.push(tx.objectStore('events').delete(genRange(g)));
    ops.push(tx.objectStore('entities').delete(genRange(g)));
  }
  await Promise.all([...ops, tx.done]);
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  return String(err);
}
