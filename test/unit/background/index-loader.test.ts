import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createIndexLoader, type BundledIndex } from '@/entrypoints/background/index-loader';
import { compileIndex, MATCHER_FORMAT, matchPage, toStored, type CompiledMatcher } from '@/lib/matcher';
import { metaFor, readCurrent, writeGeneration } from '@/lib/store/index-store';
import { openIndexDb } from '@/lib/store/open-db';
import { sampleIndex } from '../store/sample-index';
import { openV2 } from '../store/v2-store';

function loader(factory: IDBFactory, doc = sampleIndex(), matcher: CompiledMatcher | null = null) {
  const loadBundled = vi.fn(async (): Promise<BundledIndex> => ({ doc, matcher }));
  const warn = vi.fn();
  const index = createIndexLoader({ openDb: () => openIndexDb(factory), loadBundled, now: () => 42, appVersion: '0.1.0', warn });
  return { index, loadBundled, warn };
}

describe('index loader', () => {
  it('installs the bundled index on first use and stores it', async () => {
    const factory = new IDBFactory();
    const { index, loadBundled } = loader(factory);
    const loaded = await index.get();
    expect(loadBundled).toHaveBeenCalledTimes(1);
    expect(loaded.meta).toMatchObject({ version: 1, events: 3, loadedAt: 42, publisher: 'Test publisher' });
    expect(loaded.persisted).toBe(true);
    expect(loaded.lookup('summit')?.title).toBe('A summit in a northern city');
    const db = await openIndexDb(factory);
    expect((await readCurrent(db, 'bundled'))?.events).toHaveLength(3);
    db.close();
  });

  it('installs the matcher shipped with the bundled index as it is, without compiling', async () => {
    const factory = new IDBFactory();
    const doc = sampleIndex();
    const shipped = compileIndex(doc);
    // The very object shipped is served (a compile would make a new one).
    expect((await loader(factory, doc, shipped).index.get()).matcher).toBe(shipped);
    // Stored like a compiled one: a restarted worker restores it and it still matches.
    const restored = await loader(factory).index.get();
    const text = 'Steve Witkoff and Yuri Ushakov: the leaked call. The call leak was published.';
    expect(matchPage(restored.matcher, { text }).map((m) => m.id)).toEqual(['call-leak']);
  });

  it('loads once for concurrent first messages', async () => {
    const { index, loadBundled } = loader(new IDBFactory());
    const [a, b] = await Promise.all([index.get(), index.get()]);
    expect(a).toBe(b);
    expect(loadBundled).toHaveBeenCalledTimes(1);
  });

  it('restores from IndexedDB after a worker restart, with a working matcher', async () => {
    const factory = new IDBFactory();
    await loader(factory).index.get();
    const restarted = loader(factory);
    const loaded = await restarted.index.get();
    expect(restarted.loadBundled).not.toHaveBeenCalled();
    // The restored matcher still matches what the compiled one matched.
    const text = 'Steve Witkoff and Yuri Ushakov: the leaked call. The call leak was published.';
    const found = matchPage(loaded.matcher, { text });
    expect(found.map((m) => m.id)).toEqual(['call-leak']);
    expect(found).toEqual(matchPage(compileIndex(sampleIndex()), { text }));
  });

  it('serves the index a version 2 store holds after the upgrade, without installing it again', async () => {
    const factory = new IDBFactory();
    // Version 2 as released: one row per event and entity, the matcher in the generation row.
    const v2 = await openV2(factory, 'backstory');
    const doc = sampleIndex(6);
    const meta = metaFor(doc, { loadedAt: 5, matcherFormat: MATCHER_FORMAT, appVersion: '0.1.0' });
    await v2.put('generations', { gen: 1, feedId: 'bundled', meta, matcher: toStored(compileIndex(doc)), shards: [] });
    for (const event of doc.events) await v2.put('events', { gen: 1, id: event.id, event });
    for (const entity of doc.entities) await v2.put('entities', { gen: 1, id: entity.id, entity });
    await v2.put('meta', { generation: 1 }, 'current:bundled');
    v2.close();

    const { index, loadBundled } = loader(factory);
    const loaded = await index.get();
    expect(loadBundled).not.toHaveBeenCalled();
    expect(loaded.meta.version).toBe(6);
    expect(loaded.lookup('summit')?.title).toBe('A summit in a northern city');
    const text = 'Steve Witkoff and Yuri Ushakov: the leaked call. The call leak was published.';
    expect(matchPage(loaded.matcher, { text }).map((m) => m.id)).toEqual(['call-leak']);
  });

  it('rebuilds when the stored matcher is in another engine format', async () => {
    const factory = new IDBFactory();
    const db = await openIndexDb(factory);
    const doc = sampleIndex(7);
    const old = { ...toStored(compileIndex(doc)), format: -1 };
    await writeGeneration(db, { feedId: 'bundled', doc, matcher: old, meta: metaFor(doc, { loadedAt: 1, matcherFormat: -1, appVersion: '0.0.1' }) });
    db.close();
    const { index, loadBundled } = loader(factory);
    const loaded = await index.get();
    expect(loadBundled).toHaveBeenCalledTimes(1);
    expect(loaded.meta.version).toBe(1);
  });

  it('reinstall (install/update) replaces the stored index with the bundled one', async () => {
    const factory = new IDBFactory();
    await loader(factory, sampleIndex(1)).index.get();
    const updated = loader(factory, sampleIndex(2));
    expect((await updated.index.reinstall()).meta.version).toBe(2);
    expect((await updated.index.get()).meta.version).toBe(2);
    expect((await loader(factory).index.get()).meta.version).toBe(2);
  });

  it('keeps the stored index and serves from memory when writing fails', async () => {
    const factory = new IDBFactory();
    await loader(factory, sampleIndex(1)).index.get();
    const bad = sampleIndex(2);
    bad.entities.push({ id: 'bad', kind: 'other', label: 'x', names: { en: ['x'] }, extra: () => 0 } as never);
    const failing = loader(factory, bad);
    const loaded = await failing.index.reinstall();
    expect(loaded.persisted).toBe(false);
    expect(loaded.meta.version).toBe(2);
    expect(failing.warn).toHaveBeenCalledWith(expect.stringContaining('keeping the stored index'));
    // After a restart the previous index is still there.
    expect((await loader(factory).index.get()).meta.version).toBe(1);
  });

  it('reports a broken bundle as an error and tries again on the next message', async () => {
    const factory = new IDBFactory();
    const loadBundled = vi.fn<() => Promise<BundledIndex>>()
      .mockRejectedValueOnce(new Error('The bundled index is invalid: events: required'))
      .mockResolvedValue({ doc: sampleIndex(), matcher: null });
    const index = createIndexLoader({ openDb: () => openIndexDb(factory), loadBundled, now: () => 1, appVersion: '0.1.0' });
    await expect(index.get()).rejects.toThrow('The bundled index is invalid');
    await expect(index.get()).resolves.toMatchObject({ meta: { version: 1 } });
  });

  it('answers the meta of a stored index without loading its events or matcher (a fresh worker)', async () => {
    const factory = new IDBFactory();
    const installed = await loader(factory).index.get();
    const restarted = loader(factory);
    const readAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      expect(await restarted.index.meta()).toEqual(installed.meta);
      expect(readAll).not.toHaveBeenCalled(); // no event or entity rows were read
    } finally {
      readAll.mockRestore();
    }
    expect(restarted.loadBundled).not.toHaveBeenCalled();
    // Once loaded, the meta comes from memory, and it is the loaded index's.
    const loaded = await restarted.index.get();
    expect(await restarted.index.meta()).toBe(loaded.meta);
  });

  it('installs for the meta when nothing usable is stored (empty, or another engine format)', async () => {
    const empty = loader(new IDBFactory());
    expect(await empty.index.meta()).toMatchObject({ version: 1, loadedAt: 42 });
    expect(empty.loadBundled).toHaveBeenCalledTimes(1);

    const factory = new IDBFactory();
    const db = await openIndexDb(factory);
    const doc = sampleIndex(7);
    await writeGeneration(db, { feedId: 'bundled', doc, matcher: { ...toStored(compileIndex(doc)), format: -1 }, meta: metaFor(doc, { loadedAt: 1, matcherFormat: -1, appVersion: '0.0.1' }) });
    db.close();
    const outdated = loader(factory);
    expect(await outdated.index.meta()).toMatchObject({ version: 1, loadedAt: 42 });
    expect(outdated.loadBundled).toHaveBeenCalledTimes(1);
  });
});
