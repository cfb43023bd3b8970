import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { compileIndex, fromStored, matchPage, toStored } from '../../../lib/matcher/index';
import { generateIndex, hostileIndex } from '../../bench/generate';
import { sampleIndex } from './sample-index';

const text = 'Bloomberg published a leaked recording of a phone call between Steve Witkoff and Yuri Ushakov.';

describe('stored matcher', () => {
  it('survives IndexedDB (structured clone) and matches the same', async () => {
    const m = compileIndex(sampleIndex());
    const db = await openDB('stored-test', 1, { upgrade: (d) => d.createObjectStore('m') });
    await db.put('m', toStored(m), 'current');
    const back = fromStored(await db.get('m', 'current'));
    expect(matchPage(back, { text })).toEqual(matchPage(m, { text }));
    expect(matchPage(back, { text }).map((e) => e.id)).toEqual(['leaked-call']);
    db.close();
  });

  it('restores to exactly the compiled matcher (tables, trie, lists of any length)', () => {
    // The hostile index's phrase serves 300 events; 2k random events fill the word tables.
    for (const doc of [sampleIndex(), generateIndex(2_000), hostileIndex(300)]) {
      const m = compileIndex(doc);
      expect(fromStored(structuredClone(toStored(m)))).toEqual(m);
    }
  }, 30_000);

  it('refuses a matcher from another engine version or a damaged one', () => {
    const m = structuredClone(toStored(compileIndex(sampleIndex())));
    expect(() => fromStored({ ...m, format: m.format + 1 })).toThrow(/format/);
    expect(() => fromStored({ ...m, trigData: [] as unknown as Int32Array })).toThrow(/damaged/);
    expect(() => fromStored(null as never)).toThrow();
    expect(() => fromStored({ ...m, exact: { ...m.exact, tab: m.exact.tab.subarray(2) } })).toThrow(/damaged/);
  });
});
