import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileIndex, toStored } from '@/lib/matcher';
import {
  collectGarbage,
  getShard,
  IndexWriteError,
  metaFor,
  readCurrent,
  readCurrentMeta,
  STAGE_SHARD_BYTES,
  writeGeneration,
} from '@/lib/store/index-store';
import { openIndexDb, type IndexDb } from '@/lib/store/open-db';
import type { StoredMatcher } from '@/lib/matcher';
import { sampleIndex } from './sample-index';

const open: IndexDb[] = [];
async function freshDb(factory = new IDBFactory()): Promise<IndexDb> {
  const db = await openIndexDb(factory);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** Events stored in block rows, over all generations. */
async function storedEvents(db: IndexDb): Promise<number> {
  return (await db.getAll('blocks')).reduce((n, row) => n + (row.kind === 'events' ? row.events.length : 0), 0);
}

/** Generations that have block rows. */
async function generationsWithBlocks(db: IndexDb): Promise<number[]> {
  return [...new Set((await db.getAllKeys('blocks')).map((key) => key[0]))];
}

function meta(doc = sampleIndex(), loadedAt = 1000) {
  return metaFor(doc, { loadedAt, matcherFormat: 1, appVersion: '0.1.0' });
}

async function store(db: IndexDb, doc = sampleIndex(), matcher: StoredMatcher = toStored(compileIndex(doc))) {
  return writeGeneration(db, { feedId: 'bundled', doc, matcher, meta: meta(doc) });
}

describe('index store', () => {
  it('is empty before the first write', async () => {
    const db = await freshDb();
    expect(await readCurrent(db, 'bundled')).toBeNull();
    expect(await readCurrentMeta(db, 'bundled')).toBeNull();
  });

  it('stores an index and reads it back (events, entities, matcher, meta)', async () => {
    const db = await freshDb();
    const doc = sampleIndex();
    const matcher = toStored(compileIndex(doc));
    await store(db, doc, matcher);
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta).toEqual(meta(doc));
    expect(snap?.meta).toMatchObject({ publisher: 'Test publisher', version: 1, events: 3, entities: 3 });
    expect(snap?.events.map((e) => e.id).sort()).toEqual(['call-leak', 'peace-plan', 'summit']);
    expect(snap?.events.find((e) => e.id === 'call-leak')).toEqual(doc.events[0]);
    expect(snap?.entities).toHaveLength(3);
    expect(snap?.matcher).toEqual(matcher);
  });

  it('stores events with their concepts\' words in place, so a stored index recompiles to the same matcher', async () => {
    const db = await freshDb();
    const literal = sampleIndex();
    const doc = sampleIndex();
    doc.concepts = [{ id: 'call', label: 'call', terms: { en: ['call'] } }];
    doc.events[0]!.match.context[0] = [{ concept: 'call' }];
    await store(db, doc);
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.events.find((e) => e.id === 'call-leak')?.match.context).toEqual([['call'], ['leak']]);
    // What the index loader does with a stored feed whose matcher it cannot read: events and entities only.
    const { concepts: _, ...rest } = doc;
    expect(compileIndex({ ...rest, events: snap!.events, entities: snap!.entities })).toEqual(compileIndex(literal));
  });

  it('survives closing and reopening the database (a worker restart)', async () => {
    const factory = new IDBFactory();
    const first = await freshDb(factory);
    await store(first);
    first.close();
    const again = await freshDb(factory);
    expect((await readCurrentMeta(again, 'bundled'))?.version).toBe(1);
  });

  it('replaces the index with a new generation and drops the old one', async () => {
    const db = await freshDb();
    const g1 = await store(db, sampleIndex(1));
    const v2 = sampleIndex(2);
    v2.events = v2.events.slice(0, 1);
    const g2 = await store(db, v2);
    expect(g2).toBeGreaterThan(g1);
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta.version).toBe(2);
    expect(snap?.events.map((e) => e.id)).toEqual(['call-leak']);
    // Only one generation's rows remain.
    expect(await storedEvents(db)).toBe(1);
    expect(await db.getAllKeys('generations')).toEqual([g2]);
    expect(await generationsWithBlocks(db)).toEqual([g2]);
  });

  it('keeps the current index when a write fails synchronously (data that cannot be stored)', async () => {
    const db = await freshDb();
    await store(db, sampleIndex(1));
    const bad = { formatVersion: 1, broken: () => 0 } as unknown as StoredMatcher;
    await expect(store(db, sampleIndex(2), bad)).rejects.toBeInstanceOf(IndexWriteError);
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta.version).toBe(1);
    expect(snap?.events).toHaveLength(3);
    expect(await db.getAllKeys('generations')).toHaveLength(1);
  });

  it('keeps the current index when the write transaction aborts midway (quota exceeded)', async () => {
    const db = await freshDb();
    await store(db, sampleIndex(1));
    const v2 = sampleIndex(2);
    // An entity that fails to clone comes last: events were already queued when the write fails.
    v2.entities.push({ id: 'bad', kind: 'other', label: 'x', names: { en: ['x'] }, extra: () => 0 } as never);
    await expect(store(db, v2)).rejects.toThrow(/Could not store the index/);
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta.version).toBe(1);
    expect(snap?.events).toHaveLength(3);
    // Nothing of the failed generation was committed.
    expect(await storedEvents(db)).toBe(3);
    expect(await db.getAllKeys('generations')).toHaveLength(1);
  });

  it('keeps the current index when the browser aborts the write transaction after it was queued', async () => {
    const db = await freshDb();
    await store(db, sampleIndex(1));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = realPut.call(this, value, key);
      // As a quota failure does: the transaction aborts after every put was accepted.
      if (this.name === 'blocks' && (value as { kind?: string }).kind === 'entities') this.transaction.abort();
      return request;
    });
    await expect(store(db, sampleIndex(2))).rejects.toBeInstanceOf(IndexWriteError);
    vi.restoreAllMocks();
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta.version).toBe(1);
    expect(await storedEvents(db)).toBe(3);
  });

  it('stores a large feed\'s shards in several short transactions, and none of them when the generation fails', async () => {
    const db = await freshDb();
    await store(db, sampleIndex(1));
    // 3 shards of 40% of a transaction's bytes each: two transactions, then the generation row.
    const shard = (n: number) => ({ sha256: String(n).repeat(64).slice(0, 64), bytes: new Uint8Array(Math.floor(STAGE_SHARD_BYTES * 0.4)).fill(n) });
    const shards = [shard(1), shard(2), shard(3)];
    // The transaction each shard was put in.
    const shardTransactions = new Set<IDBTransaction>();
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'shards') shardTransactions.add(this.transaction);
      return realPut.call(this, value, key);
    });
    // The generation row, written last, cannot be stored.
    const v2 = sampleIndex(2);
    const badMeta = { ...meta(v2), broken: () => 0 } as never;
    await expect(writeGeneration(db, { feedId: 'bundled', doc: v2, matcher: toStored(compileIndex(v2)), meta: badMeta, shards })).rejects.toBeInstanceOf(IndexWriteError);
    expect(shardTransactions.size).toBe(2);
    vi.restoreAllMocks();
    // The shards it wrote before the generation failed are gone again; version 1 still serves.
    for (const s of shards) expect(await getShard(db, s.sha256)).toBeUndefined();
    expect((await readCurrent(db, 'bundled'))?.meta.version).toBe(1);

    const v3 = sampleIndex(3);
    await writeGeneration(db, { feedId: 'bundled', doc: v3, matcher: toStored(compileIndex(v3)), meta: meta(v3), shards });
    for (const s of shards) {
      const stored = await getShard(db, s.sha256);
      // Buffer.equals: a deep toEqual over megabytes would take many seconds.
      expect(stored && Buffer.from(stored).equals(Buffer.from(s.bytes))).toBe(true);
    }
  });

  it('ignores a half-written generation from a crash and removes it on the next write', async () => {
    const db = await freshDb();
    const g1 = await store(db, sampleIndex(1));
    // A worker killed after writing generation rows but before the pointer flip.
    const doc = sampleIndex(9);
    await db.put('generations', { gen: g1 + 1, feedId: 'bundled', meta: meta(doc), shards: [] });
    await db.put('blocks', { gen: g1 + 1, kind: 'events', n: 0, events: [{ ...doc.events[0]!, id: 'orphan' }] });
    expect((await readCurrent(db, 'bundled'))?.meta.version).toBe(1);
    const g3 = await store(db, sampleIndex(3));
    expect(g3).toBe(g1 + 2);
    expect((await readCurrent(db, 'bundled'))?.events.map((e) => e.id)).not.toContain('orphan');
    expect(await db.getAllKeys('generations')).toEqual([g3]);
  });

  it('leaves exactly the old version, whichever write a stopped worker did last, and a later start cleans up', async () => {
    const doc = sampleIndex(2);
    // Count the writes (one block row or shard or generation row per transaction, then the flip).
    const probe = await freshDb();
    const writes = await countTransactions(() => store(probe, doc));
    expect(writes).toBeGreaterThan(3);
    for (let stopAfter = 0; stopAfter < writes; stopAfter++) {
      const factory = new IDBFactory();
      const db = await freshDb(factory);
      const g1 = await store(db, sampleIndex(1));
      // The worker stops: transactions already running finish, no new one starts.
      let started = 0;
      const realTransaction = db.transaction.bind(db);
      vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<IndexDb['transaction']>) => {
        if ((args[1] as string | undefined) === 'readwrite' && started++ === stopAfter) db.close();
        return realTransaction(...args);
      }) as IndexDb['transaction']);
      await expect(store(db, doc)).rejects.toThrow();
      vi.restoreAllMocks();

      const again = await freshDb(factory);
      const snap = await readCurrent(again, 'bundled');
      expect(snap?.generation).toBe(g1);
      expect(snap?.meta.version).toBe(1);
      expect(snap?.events).toHaveLength(3);
      await collectGarbage(again);
      expect(await generationsWithBlocks(again)).toEqual([g1]);
      expect(await again.getAllKeys('generations')).toEqual([g1]);
      // And the next install succeeds.
      await store(again, doc);
      expect((await readCurrent(again, 'bundled'))?.meta.version).toBe(2);
    }
  });

  it('writes the matcher in block rows, never one row with every array', async () => {
    const db = await freshDb();
    const doc = sampleIndex();
    const gen = await store(db, doc);
    const rows = await db.getAll('blocks');
    expect(rows.filter((r) => r.gen === gen && r.kind === 'matcher').length).toBeGreaterThan(0);
    expect(Object.keys((await db.get('generations', gen))!)).not.toContain('matcher');
  });
});

/** Readwrite transactions that `write` opens. */
async function countTransactions(write: () => Promise<unknown>): Promise<number> {
  const db = open[open.length - 1]!;
  let n = 0;
  const realTransaction = db.transaction.bind(db);
  vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<IndexDb['transaction']>) => {
    if ((args[1] as string | undefined) === 'readwrite') n++;
    return realTransaction(...args);
  }) as IndexDb['transaction']);
  await write();
  vi.restoreAllMocks();
  return n;
}
