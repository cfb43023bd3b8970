/**
 * The index store: for every feed, the validated index's events and entities (for display and
 * search) plus the compiled matcher, kept as generations (see schema.ts), and the shard cache.
 * Pure idb code; the database handle is passed in. Writers must not run two writes at once (the
 * worker queues them: entrypoints/background/feed-registry.ts).
 */
import type { Entity, IndexDocument, NewsEvent } from '../index-format/types';
import { expandConcepts } from '../index-format/concepts';
import type { StoredMatcher } from '../matcher';
import { batchBySize } from '../batch/batch-by-size';
import { assembleBlocks, blocksOf } from './generation-blocks';
import type { IndexDb } from './open-db';
import { feedOfPointerKey, pointerKey, type FeedRecord, type IndexMeta } from './schema';

export interface IndexSnapshot {
  feedId: string;
  generation: number;
  meta: IndexMeta;
  matcher: StoredMatcher;
  events: NewsEvent[];
  entities: Entity[];
}

/** Shard bytes written per transaction while staging (at least one shard each). */
export const STAGE_SHARD_BYTES = 4 * 1024 * 1024;

/** Block rows of one generation: keys [gen, ...]. Arrays sort after strings in IndexedDB. */
function genRange(gen: number): IDBKeyRange {
  return IDBKeyRange.bound([gen], [gen, []]);
}

/** The meta of a feed's current generation, or null when nothing is stored for it. */
export async function readCurrentMeta(db: IndexDb, feedId: string): Promise<IndexMeta | null> {
  const tx = db.transaction(['meta', 'generations'], 'readonly');
  const pointer = await tx.objectStore('meta').get(pointerKey(feedId));
  const row = pointer ? await tx.objectStore('generations').get(pointer.generation) : undefined;
  await tx.done;
  return row?.meta ?? null;
}

/** Everything of a feed's current generation, read in one transaction (a consistent snapshot). */
export async function readCurrent(db: IndexDb, feedId: string): Promise<IndexSnapshot | null> {
  const tx = db.transaction(['meta', 'generations', 'blocks'], 'readonly');
  const pointer = await tx.objectStore('meta').get(pointerKey(feedId));
  if (!pointer) {
    await tx.done;
    return null;
  }
  const gen = pointer.generation;
  const [row, blockRows] = await Promise.all([
    tx.objectStore('generations').get(gen),
    tx.objectStore('blocks').getAll(genRange(gen)),
  ]);
  await tx.done;
  const { events, entities, matcher } = assembleBlocks(blockRows);
  if (!row || !matcher) return null;
  return { feedId, generation: gen, meta: row.meta, matcher, events, entities };
}

/** Feed id -> current generation, for every feed that has one. */
export async function readPointers(db: IndexDb): Promise<Map<string, number>> {
  const tx = db.transaction('meta', 'readonly');
  const pointers = new Map<string, number>();
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const feedId = feedOfPointerKey(String(cursor.key));
    if (feedId !== null) pointers.set(feedId, cursor.value.generation);
    cursor = await cursor.continue();
  }
  await tx.done;
  return pointers;
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
  constructor(
    message: string,
    /** The browser refused for lack of space (QuotaExceededError). */
    readonly storageFull: boolean,
    /** The feed's record was gone at the flip: the reader removed the feed meanwhile. */
    readonly removed = false,
  ) {
    super(message);
  }
}

export interface GenerationInput {
  feedId: string;
  doc: IndexDocument;
  matcher: StoredMatcher;
  meta: IndexMeta;
  /** Shards the document was assembled from: all are referenced, new ones are stored. */
  shards?: readonly { sha256: string; bytes: Uint8Array; stored?: boolean }[];
}

export interface CommitOptions {
  /** The feed's record, written with the pointer. */
  record?: FeedRecord;
  /**
   * The record must still be stored at the flip, else the commit is refused and the staged
   * generation dropped: the reader removed the feed while it was being updated.
   */
  mustExist?: boolean;
}

/**
 * Writes a new generation of `input.feedId` and makes it the feed's current one (with its
 * record, in one small transaction). Throws IndexWriteError when a write fails (quota exceeded,
 * data not cloneable, feed removed meanwhile); the feed's current generation is then unchanged.
 * Returns the new generation number.
 */
export async function writeGeneration(db: IndexDb, input: GenerationInput, options: CommitOptions = {}): Promise<number> {
  const gen = await stageGeneration(db, input);
  await commitGeneration(db, input.feedId, gen, options);
  await collectGarbage(db).catch(() => {
    // Leftovers are harmless (readers follow the pointers) and are removed on the next write.
  });
  return gen;
}

/** Writes a generation that nothing points to yet. On failure, removes what it wrote and throws. */
export async function stageGeneration(db: IndexDb, input: GenerationInput): Promise<number> {
  const gen = (await highestGeneration(db)) + 1;
  try {
    // One block row per transaction: each put's copy is a short task (a 100k-event feed's
    // matcher in one put held the worker ~0.5 s). Nothing else is awaited inside a transaction
    // (idb: it would auto-commit early). Rows of a generation with no generation row yet are
    // removed by collectGarbage if this stops halfway.
    // Events are stored with their concepts' words in place (expandConcepts): a stored generation
    // is recompiled from its events and entities alone (index-loader.ts) and must match the same.
    for (const block of blocksOf(gen, expandConcepts(input.doc).events, input.doc.entities, input.matcher)) {
      await writeAll(db, ['blocks'], (tx, add) => add(tx.objectStore('blocks').put(block)));
    }
    const shards = input.shards ?? [];
    // New shards before the generation row, a few MB per transaction (a 100k-event feed has
    // 45 MB of them: queued at once, their copies would hold the worker for a long task).
    const fresh = shards.filter((s) => !s.stored);
    for (const batch of batchBySize(fresh, (s) => s.bytes.length, STAGE_SHARD_BYTES)) {
      await writeAll(db, ['shards'], (tx, add) => {
        for (const s of batch) add(tx.objectStore('shards').put({ sha256: s.sha256, bytes: s.bytes }));
      });
    }
    // Last: a generation row means every block row of it is stored.
    await writeAll(db, ['generations'], (tx, add) => {
      add(tx.objectStore('generations').put({ gen, feedId: input.feedId, meta: input.meta, shards: shards.map((s) => s.sha256) }));
    });
  } catch (err) {
    // Drops this generation's rows and the shards it stored that nothing names.
    await collectGarbage(db).catch(() => undefined);
    throw writeError('Could not store the index', err);
  }
  return gen;
}

/** The flip: the feed's pointer (and record) now name `gen`. One small transaction. */
export async function commitGeneration(db: IndexDb, feedId: string, gen: number, options: CommitOptions = {}): Promise<void> {
  const { record, mustExist = false } = options;
  let removed = false;
  try {
    const tx = db.transaction(['meta', 'feeds'], 'readwrite');
    const pending: Promise<unknown>[] = [tx.done];
    const checkAndPut = (async () => {
      if (mustExist && !(await tx.objectStore('feeds').get(feedId))) {
        removed = true;
        tx.abort();
        return;
      }
      await Promise.all([
        tx.objectStore('meta').put({ generation: gen }, pointerKey(feedId)),
        ...(record ? [tx.objectStore('feeds').put(record)] : []),
      ]);
    })();
    pending.push(checkAndPut);
    await settleOrAbort(tx, pending);
  } catch (err) {
    await dropGenerations(db, [gen]).catch(() => undefined);
    if (removed) throw new IndexWriteError('The feed was removed while it was being updated', false, true);
    throw writeError('Could not switch to the new index', err);
  }
}

/**
 * Deletes every generation no feed points to (older ones, a half-written one from a stopped
 * worker, a removed feed's) and every shard no remaining generation was assembled from.
 */
export async function collectGarbage(db: IndexDb): Promise<void> {
  const pointers = await readPointers(db);
  const live = new Set(pointers.values());
  // Half-written generations may have block rows but no generation row yet.
  const all = new Set([...(await db.getAllKeys('generations')), ...(await generationsInBlocks(db))]);
  await dropGenerations(db, [...all].filter((g) => !live.has(g)));

  const used = new Set<string>();
  for (const gen of live) for (const sha of (await db.get('generations', gen))?.shards ?? []) used.add(sha);
  const unused = (await db.getAllKeys('shards')).filter((sha) => !used.has(sha));
  if (unused.length > 0) {
    await writeAll(db, ['shards'], (tx, add) => {
      for (const sha of unused) add(tx.objectStore('shards').delete(sha));
    });
  }
}

/** Removes a feed: its pointer and record at once (readers stop seeing it), then its data. */
export async function deleteFeed(db: IndexDb, feedId: string): Promise<void> {
  await writeAll(db, ['meta', 'feeds'], (tx, add) => {
    add(tx.objectStore('meta').delete(pointerKey(feedId)));
    add(tx.objectStore('feeds').delete(feedId));
  });
  await collectGarbage(db);
}

/** A stored shard's bytes, if this sha256 is in the cache. */
export async function getShard(db: IndexDb, sha256: string): Promise<Uint8Array | undefined> {
  return (await db.get('shards', sha256))?.bytes;
}

async function highestGeneration(db: IndexDb): Promise<number> {
  // Block rows can exist without a generation row (staging interrupted): count them too.
  const tx = db.transaction(['generations', 'blocks'], 'readonly');
  const [lastGen, lastBlock] = await Promise.all([
    tx.objectStore('generations').openKeyCursor(null, 'prev'),
    tx.objectStore('blocks').openKeyCursor(null, 'prev'),
  ]);
  const highest = Math.max(0, lastGen?.key ?? 0, lastBlock?.key[0] ?? 0);
  await tx.done;
  return highest;
}

/** The distinct generation numbers that have block rows (one cursor step per generation). */
async function generationsInBlocks(db: IndexDb): Promise<number[]> {
  const tx = db.transaction('blocks', 'readonly');
  const gens: number[] = [];
  let cursor = await tx.store.openKeyCursor();
  while (cursor) {
    const gen = cursor.key[0];
    gens.push(gen);
    cursor = await cursor.continue([gen, []] as unknown as [number, string, number]);
  }
  await tx.done;
  return gens;
}

async function dropGenerations(db: IndexDb, gens: readonly number[]): Promise<void> {
  if (gens.length === 0) return;
  await writeAll(db, ['generations', 'blocks'], (tx, add) => {
    for (const g of gens) {
      add(tx.objectStore('generations').delete(g));
      add(tx.objectStore('blocks').delete(genRange(g)));
    }
  });
}

type StoreName = 'meta' | 'generations' | 'blocks' | 'shards' | 'feeds';
type WriteTx<S extends StoreName[]> = ReturnType<typeof writeTx<S>>;
function writeTx<S extends StoreName[]>(db: IndexDb, stores: S) {
  return db.transaction(stores, 'readwrite');
}

/** One readwrite transaction over `stores`: queue every request at once, wait for all. */
async function writeAll<S extends StoreName[]>(
  db: IndexDb,
  stores: S,
  queue: (tx: WriteTx<S>, add: (request: Promise<unknown>) => void) => void,
): Promise<void> {
  const tx = writeTx(db, stores);
  const pending: Promise<unknown>[] = [tx.done];
  try {
    // Requests are collected as they are made: when one throws, the earlier ones still settle here.
    queue(tx, (request) => pending.push(request));
  } catch (err) {
    // A put can throw at once (data not cloneable): nothing of this transaction may stay.
    abortQuietly(tx);
    await Promise.allSettled(pending);
    throw err;
  }
  await settleOrAbort(tx, pending);
}

interface AbortableTx {
  abort(): void;
  readonly error: DOMException | null;
}

/** Waits for a transaction's requests; on any failure aborts it and throws the cause (quota first). */
async function settleOrAbort(tx: AbortableTx, pending: Promise<unknown>[]): Promise<void> {
  try {
    await Promise.all(pending);
  } catch (err) {
    abortQuietly(tx);
    await Promise.allSettled(pending);
    // A transaction aborted for lack of space fails its requests with AbortError; the cause is
    // on the transaction.
    const cause = safeError(tx);
    throw isQuotaError(cause) ? cause : err;
  }
}

function safeError(tx: AbortableTx): unknown {
  try {
    return tx.error;
  } catch {
    return null;
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted (quota) or finished.
  }
}

export function isQuotaError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'QuotaExceededError';
}

function writeError(what: string, err: unknown): IndexWriteError {
  if (err instanceof IndexWriteError) return err;
  const full = isQuotaError(err);
  return new IndexWriteError(full ? `${what}: the browser's storage for extensions is full` : `${what}: ${describe(err)}`, full);
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  return String(err);
}

