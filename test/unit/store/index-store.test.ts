import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileIndex, toStored } from '@/lib/matcher';
import { getShard, IndexWriteError, metaFor, readCurrent, readCurrentMeta, STAGE_SHARD_BYTES, writeGeneration } from '@/lib/store/index-store';
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
    expect(await db.count('events')).toBe(1);
    expect(await db.getAllKeys('generations')).toEqual([g2]);
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
    expect(await db.count('events')).toBe(3);
  });

  it('keeps the current index when the browser aborts the write transaction after it was queued', async () => {
    const db = await freshDb();
    await store(db, sampleIndex(1));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = realPut.call(this, value, key);
      // As a quota failure does: the transaction aborts after every put was accepted.
      if (this.name === 'entities' && (value as { id?: string }).id === 'zelensky') this.transaction.abort();
      return request;
    });
    await expect(store(db, sampleIndex(2))).rejects.toBeInstanceOf(IndexWriteError);
    vi.restoreAllMocks();
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta.version).toBe(1);
    expect(await db.count('events')).toBe(3);
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
    const bad = { formatVersion: 1, broken: () => 0 } as unknown as StoredMatcher;
    const v2 = sampleIndex(2);
    await expect(writeGeneration(db, { feedId: 'bundled', doc: v2, matcher: bad, meta: meta(v2), shards })).rejects.toBeInstanceOf(IndexWriteError);
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
    await db.put('generations', { gen: g1 + 1, feedId: 'bundled', meta: meta(doc), matcher: toStored(compileIndex(doc)), shards: [] });
    await db.put('events', { gen: g1 + 1, id: 'orphan', event: doc.events[0]! });
    expect((await readCurrent(db, 'bundled'))?.meta.version).toBe(1);
    const g3 = await store(db, sampleIndex(3));
    expect(g3).toBe(g1 + 2);
    expect((await readCurrent(db, 'bundled'))?.events.map((e) => e.id)).not.toContain('orphan');
    expect(await db.getAllKeys('generations')).toEqual([g3]);
  });
});
