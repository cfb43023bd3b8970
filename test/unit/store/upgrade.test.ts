import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { compileIndex, toStored } from '@/lib/matcher';
import { metaFor, readCurrent, readPointers } from '@/lib/store/index-store';
import { openIndexDb } from '@/lib/store/open-db';
import { sampleIndex } from './sample-index';

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
    expect((await db.get('generations', 3))?.feedId).toBe('bundled');
    expect(await db.get('meta', 'current')).toBeUndefined();
    db.close();
  });
});
