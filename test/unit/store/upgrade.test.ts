import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { compileIndex, toStored } from '@/lib/matcher';
import { collectGarbage, metaFor, readCurrent, readPointers, writeGeneration } from '@/lib/store/index-store';
import { openIndexDb } from '@/lib/store/open-db';
import { sampleIndex } from './sample-index';
import { openV2 } from './v2-store';

describe('database version 2', () => {
  it('keeps an index stored by version 1 working: it becomes the bundled feed', async () => {
    const name = `upgrade-${Math.random()}`;
    // Version 1 exactly as released: one 'current' pointer, generation rows without a feed.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('generations', { keyPath: 'gen' });
        db.createObjectStore('events', { keyPath: ['gen', 'id'] });
        db.createObjectStore('entities', { keyPath: ['gen', 'id'] });
      },
    });
    const doc = sampleIndex(5);
    const meta = metaFor(doc, { loadedAt: 1, matcherFormat: 1, appVersion: '0.1.0' });
    await v1.put('generations', { gen: 3, meta, matcher: toStored(compileIndex(doc)) });
    for (const event of doc.events) await v1.put('events', { gen: 3, id: event.id, event });
    for (const entity of doc.entities) await v1.put('entities', { gen: 3, id: entity.id, entity });
    await v1.put('meta', { generation: 3 }, 'current');
    v1.close();

    const db = await openIndexDb(indexedDB, { name });
    expect(await readPointers(db)).toEqual(new Map([['bundled', 3]]));
    const snap = await readCurrent(db, 'bundled');
    expect(snap?.meta.version).toBe(5);
    expect(snap?.events).toHaveLength(3);
    expect(snap?.matcher).toEqual(toStored(compileIndex(doc)));
    expect((await db.get('generations', 3))?.feedId).toBe('bundled');
    expect(await db.get('meta', 'current')).toBeUndefined();
    db.close();
  });
});

describe('database version 3', () => {
  /** A store as version 2 wrote it: one row per event and entity, the matcher in the generation row. */
  async function v2Store(name: string) {
    const v2 = await openV2(indexedDB, name);
    const docs = { bundled: sampleIndex(1), 'example-news': sampleIndex(4) };
    let gen = 10;
    for (const [feedId, doc] of Object.entries(docs)) {
      gen++;
      const meta = metaFor(doc, { loadedAt: 1, matcherFormat: 1, appVersion: '0.2.0' });
      await v2.put('generations', { gen, feedId, meta, matcher: toStored(compileIndex(doc)), shards: [] });
      for (const event of doc.events) await v2.put('events', { gen, id: event.id, event });
      for (const entity of doc.entities) await v2.put('entities', { gen, id: entity.id, entity });
      await v2.put('meta', { generation: gen }, `current:${feedId}`);
      await v2.put('feeds', { id: feedId, builtin: feedId === 'bundled', paused: false, added: 1, failures: 0 });
    }
    // A staging that a stopped worker left: event rows, no generation row.
    await v2.put('events', { gen: 13, id: 'orphan', event: docs.bundled.events[0] });
    v2.close();
    return docs;
  }

  it('converts every feed stored by version 2 to block rows: each still serves the same version', async () => {
    const name = `upgrade3-${Math.random()}`;
    const docs = await v2Store(name);
    const db = await openIndexDb(indexedDB, { name });
    expect([...db.objectStoreNames].sort()).toEqual(['blocks', 'feeds', 'generations', 'meta', 'shards']);
    expect(await readPointers(db)).toEqual(new Map([['bundled', 11], ['example-news', 12]]));
    for (const [feedId, doc] of Object.entries(docs)) {
      const snap = await readCurrent(db, feedId);
      expect(snap?.meta.version).toBe(doc.version);
      // Version 2 read events back in id order: so do the converted blocks.
      expect(snap?.events).toEqual([...doc.events].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(snap?.entities.map((e) => e.id).sort()).toEqual(doc.entities.map((e) => e.id).sort());
      expect(snap?.matcher).toEqual(toStored(compileIndex(doc)));
      expect(Object.keys((await db.get('generations', snap!.generation))!)).not.toContain('matcher');
    }
    // The orphan rows went with the old stores; new generations are numbered after the old ones.
    await collectGarbage(db);
    expect([...new Set((await db.getAllKeys('blocks')).map((k) => k[0]))].sort()).toEqual([11, 12]);
    const next = sampleIndex(5);
    const gen = await writeGeneration(db, {
      feedId: 'bundled',
      doc: next,
      matcher: toStored(compileIndex(next)),
      meta: metaFor(next, { loadedAt: 2, matcherFormat: 1, appVersion: '0.3.0' }),
    });
    expect(gen).toBe(13);
    expect((await readCurrent(db, 'bundled'))?.meta.version).toBe(5);
    expect((await readCurrent(db, 'example-news'))?.meta.version).toBe(4);
    db.close();
  });

  it('creates a fresh database without the old per-event stores', async () => {
    const db = await openIndexDb(indexedDB, { name: `fresh-${Math.random()}` });
    expect([...db.objectStoreNames].sort()).toEqual(['blocks', 'feeds', 'generations', 'meta', 'shards']);
    db.close();
  });
});
