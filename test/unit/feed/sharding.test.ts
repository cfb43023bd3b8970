import { describe, expect, it } from 'vitest';
import { parseIndexJson } from '../../../lib/index-format/validate-index';
import { canonicalJson } from '../../../lib/index-format/canonical';
import { ITEMS_PER_SHARD, isCut, shardIndex } from '../../../lib/feed/sharding';
import { loadFeed } from '../../../lib/feed/load-feed';
import { newsIndex, recentChange, scatteredChange } from '../../bench/feed-change';
import { FEED_URL, FOLDER, MemoryHost, NOW, indexAt, keys, publish } from './fixtures';

/** Whole generated feeds are sharded and hashed here: generous on a shared machine. */
const SLOW = { timeout: 120_000 };

const sizeOf = (files: Map<string, Uint8Array>, paths: string[]) => paths.reduce((sum, p) => sum + files.get(p)!.length, 0);

describe('sharding', SLOW, () => {
  it('is deterministic: the same index gives the same shard bytes', () => {
    const a = shardIndex(indexAt(2));
    const b = shardIndex(indexAt(2));
    expect(a.map((s) => s.bytes)).toEqual(b.map((s) => s.bytes));
  });

  it('keeps entities and events apart, events in date order, about ITEMS_PER_SHARD per shard', () => {
    const doc = newsIndex(5000);
    const shards = shardIndex(doc);
    for (const s of shards) expect(s.document.entities.length === 0 || s.document.events.length === 0).toBe(true);
    const events = shards.flatMap((s) => s.document.events);
    expect(events).toHaveLength(5000);
    expect(events.map((e) => e.dates.start)).toEqual([...events.map((e) => e.dates.start)].sort());
    const eventShards = shards.filter((s) => s.document.events.length > 0);
    const mean = 5000 / eventShards.length;
    expect(mean).toBeGreaterThan(ITEMS_PER_SHARD / 2);
    expect(mean).toBeLessThan(ITEMS_PER_SHARD * 2);
    // Every shard but the last of each kind ends at a content-defined cut.
    for (const s of eventShards.slice(0, -1)) expect(isCut(s.document.events.at(-1)!.id)).toBe(true);
  });

  it('round-trips: the shards hold exactly the index', () => {
    const doc = indexAt(2);
    const shards = shardIndex(doc);
    const back = {
      ...doc,
      entities: shards.flatMap((s) => s.document.entities),
      concepts: shards.flatMap((s) => s.document.concepts ?? []),
      events: shards.flatMap((s) => s.document.events),
    };
    const reparsed = parseIndexJson(JSON.stringify(back));
    if (!reparsed.ok) throw new Error('invalid');
    expect(canonicalJson(reparsed.index)).toBe(canonicalJson(doc));
  });

  it('gives an empty index one empty shard', () => {
    const shards = shardIndex({ ...indexAt(2), entities: [], concepts: [], events: [] });
    expect(shards.map((s) => s.document)).toEqual([{ format: 'backstory-shard', formatVersion: 1, entities: [], events: [] }]);
  });
});

describe('shard reuse across versions', SLOW, () => {
  it('a 1% change at the recent end reuses most shards and moves under 5% of the bytes', async () => {
    const [k0] = await keys();
    // 10k events: the manifest (always fetched) is a fixed ~1% share; smaller feeds pay more for it.
    const v1 = newsIndex(10_000);
    const first = await publish(v1, k0!);
    const second = await publish(recentChange(v1), k0!, { previous: { manifest: first.manifest } });
    expect(second.reused.length).toBeGreaterThan(0.95 * second.manifest.shards.length);
    const full = sizeOf(second.files, second.manifest.shards.map((r) => r.path));
    const moved = sizeOf(second.files, second.added) + second.files.get('feed.json')!.length;
    expect(moved / full).toBeLessThan(0.05);

    // A subscriber with the first version's shards fetches exactly the added ones.
    const stored = new Map([...first.files].filter(([p]) => p.startsWith('shards/')).map(([p, b]) => [p.slice(7, -5), b]));
    const host = new MemoryHost().serve(FOLDER, first).serve(FOLDER, second);
    const result = await loadFeed(FEED_URL, k0!.trust, host, { now: NOW, installedVersion: 1, haveShard: async (sha) => stored.get(sha) });
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    expect(result.value.shards.filter((s) => s.fetched).map((s) => s.ref.path).sort()).toEqual([...second.added].sort());
    expect(result.value.index.events).toHaveLength(v1.events.length);
  });

  it('a scattered 1% change touches about one shard per changed event (the documented limit)', async () => {
    const [k0] = await keys();
    const v1 = newsIndex(5000);
    const first = await publish(v1, k0!);
    const second = await publish(scatteredChange(v1), k0!, { previous: { manifest: first.manifest } });
    const eventShards = second.manifest.shards.length;
    expect(second.added.length).toBeGreaterThan(25);
    expect(second.added.length).toBeLessThanOrEqual(50);
    expect(second.reused.length + second.added.length).toBe(eventShards);
  });
});
