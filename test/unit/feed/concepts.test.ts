/**
 * Concepts in a published feed: they get shards of their own, reach the events of every shard
 * (a reader validates all shards as one index), and a feed without concepts is published exactly
 * as before they existed.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/index-format/canonical';
import { expandConcepts, isConceptRef } from '../../../lib/index-format/concepts';
import type { IndexDocument } from '../../../lib/index-format/types';
import { shardIndex } from '../../../lib/feed/sharding';
import { loadFeed } from '../../../lib/feed/load-feed';
import { sha256Hex, utf8 } from '../../../lib/feed/bytes';
import { shardPath } from '../../../lib/feed/format';
import { manifestText } from '../../../lib/feed/publish';
import { FEED_URL, FOLDER, MemoryHost, NOW, indexAt, json, keys, publish, signedManifest } from './fixtures';

/** The bundled index with at least one concept that events in different shards use. */
function conceptIndex(): IndexDocument {
  const doc = indexAt(2);
  expect(doc.concepts?.length ?? 0).toBeGreaterThan(0);
  return doc;
}

describe('concepts in feeds', { timeout: 60_000 }, () => {
  it('get shards of their own, each concept once, in id order', () => {
    const doc = conceptIndex();
    const shards = shardIndex(doc);
    for (const s of shards) {
      const kinds = [s.document.entities.length, s.document.concepts?.length ?? 0, s.document.events.length].filter((n) => n > 0);
      expect(kinds.length).toBeLessThanOrEqual(1);
    }
    expect(shards.flatMap((s) => s.document.concepts ?? []).map((c) => c.id)).toEqual(doc.concepts!.map((c) => c.id).sort());
    // sharding.test.ts's round trip checks that the shards hold exactly the index.
  });

  it('a feed without concepts writes no concepts field in any shard', () => {
    const literal = expandConcepts(conceptIndex());
    for (const s of shardIndex(literal)) expect('concepts' in s.document).toBe(false);
  });

  it('load: events in every shard find the concepts of another shard', async () => {
    const [k0] = await keys();
    const doc = conceptIndex();
    const feed = await publish(doc, k0!);
    const result = await loadFeed(FEED_URL, k0!.trust, new MemoryHost().serve(FOLDER, feed), { now: NOW });
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    expect(result.value.dropped).toEqual([]);
    expect(canonicalJson(result.value.index)).toBe(canonicalJson(doc));
  });

  it('load: a bad concept is reported in its shard, and so is each event that needed it', async () => {
    const [k0] = await keys();
    const doc = conceptIndex();
    const feed = await publish(doc, k0!);
    // The first concept shard, with its first concept broken, served under its new hash.
    const at = feed.manifest.shards.findIndex((r) => 'concepts' in json(feed.files.get(r.path)));
    expect(at).toBeGreaterThanOrEqual(0);
    const broken = json(feed.files.get(feed.manifest.shards[at]!.path));
    const id: string = broken.concepts[0].id;
    broken.concepts[0].terms = {};
    const bytes = utf8(JSON.stringify(broken));
    const sha = await sha256Hex(bytes);
    const manifest = structuredClone(feed.manifest);
    manifest.shards[at] = { path: shardPath(sha), bytes: bytes.length, sha256: sha };
    const host = new MemoryHost()
      .serve(FOLDER, feed)
      .serve(FOLDER, new Map([[shardPath(sha), bytes]]))
      .serve(FOLDER, await signedManifest(manifestText(manifest), k0!));

    const result = await loadFeed(FEED_URL, k0!.trust, host, { now: NOW });
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    const users = doc.events.filter((e) => e.match.context.some((g) => g.some((t) => isConceptRef(t) && t.concept === id)));
    expect(users.length).toBeGreaterThan(0);
    const messages = result.value.dropped.map((p) => p.message);
    expect(messages).toContain(`invalid at ${shardPath(sha)}: concepts[0].terms: must list at least one term`);
    expect(messages.filter((m) => m.includes(`unknown concept id "${id}" (concepts[`))).toHaveLength(users.length);
    expect(result.value.index.events.map((e) => e.id).sort()).toEqual(
      doc.events.filter((e) => !users.includes(e)).map((e) => e.id).sort(),
    );
  });
});
