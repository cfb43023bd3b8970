import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../../lib/feed/bytes';
import { FEED_LIMITS, shardPath } from '../../../lib/feed/format';
import { loadFeed, type LoadFeedOptions } from '../../../lib/feed/load-feed';
import { manifestText } from '../../../lib/feed/publish';
import { FEED_URL, FOLDER, MemoryHost, NOW, indexAt, json, keys, publish, signedManifest, text } from './fixtures';

async function load(host: MemoryHost, trustIndex = 0, opts: Partial<LoadFeedOptions> = {}) {
  const all = await keys();
  return loadFeed(FEED_URL, all[trustIndex]!.trust, host, { now: NOW, ...opts });
}

function codes(result: Awaited<ReturnType<typeof load>>): string[] {
  return result.ok ? [] : result.problems.map((p) => p.code);
}

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe('loadFeed: a valid feed', () => {
  it('installs every event of the published index, checked, with the key that signed it', async () => {
    const [k0] = await keys();
    const index = indexAt(2);
    const feed = await publish(index, k0!);
    const host = new MemoryHost().serve(FOLDER, feed);
    const result = await load(host);
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    const loaded = result.value;
    expect(loaded.index.events.map((e) => e.id).sort()).toEqual(index.events.map((e) => e.id).sort());
    expect(loaded.index.entities).toHaveLength(index.entities.length);
    expect(loaded.index.version).toBe(2);
    expect(loaded.trust).toEqual(k0!.trust);
    expect(loaded.dropped).toEqual([]);
    expect(loaded.source).toBe(FEED_URL);
    expect(loaded.etag).toBe(host.etag);
    expect(loaded.shards.every((s) => s.fetched)).toBe(true);
    const total = [...feed.files.values()].reduce((sum, b) => sum + b.length, 0);
    expect(loaded.transferredBytes).toBe(total);
    // Caps are passed to the transport before anything is read.
    expect(host.requests.find((r) => r.url === FEED_URL)?.opts.maxBytes).toBe(FEED_LIMITS.manifestBytes);
    for (const ref of loaded.manifest.shards) {
      expect(host.requests.find((r) => r.url.endsWith(ref.path))?.opts.maxBytes).toBe(ref.bytes);
    }
  });

  it('does not fetch shards the caller already has', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const host = new MemoryHost().serve(FOLDER, feed);
    const first = feed.manifest.shards[0]!;
    const result = await load(host, 0, { haveShard: async (sha) => (sha === first.sha256 ? feed.files.get(first.path) : undefined) });
    if (!result.ok || result.value.unchanged) throw new Error('refused');
    expect(host.fetched(first.path)).toBe(0);
    expect(result.value.shards.find((s) => s.ref.sha256 === first.sha256)?.fetched).toBe(false);
  });

  it('fetches a stored shard again when the stored copy is damaged', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const host = new MemoryHost().serve(FOLDER, feed);
    const first = feed.manifest.shards[0]!;
    const damaged = flip(feed.files.get(first.path)!, 5);
    const result = await load(host, 0, { haveShard: async () => damaged });
    expect(result.ok).toBe(true);
    expect(host.fetched(first.path)).toBe(1);
  });
});

describe('loadFeed: tampering', () => {
  it.each([0, 10, 200, -2])('refuses feed.json with one flipped byte (at %i)', async (at) => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const manifest = feed.files.get('feed.json')!;
    feed.files.set('feed.json', flip(manifest, at < 0 ? manifest.length + at : at));
    const result = await load(new MemoryHost().serve(FOLDER, feed));
    expect(codes(result)).toEqual(['signature']);
    expect(result.ok || result.problems[0]!.message).toMatch(/^signature does not match/);
  });

  it('refuses a signature with one flipped byte', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const sig = text(feed.files.get('feed.json.sig'));
    const at = sig.length - 10;
    const changed = sig.slice(0, at) + (sig[at] === 'A' ? 'B' : 'A') + sig.slice(at + 1);
    feed.files.set('feed.json.sig', utf8(changed));
    expect(codes(await load(new MemoryHost().serve(FOLDER, feed)))).toEqual(['signature']);
  });

  it('refuses a signature line whose base64 differs only in unused bits (the same signature bytes)', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const sig = text(feed.files.get('feed.json.sig'));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const at = sig.indexOf('==') - 1; // 64 bytes leave the last character's 4 low bits unused
    const changed = sig.slice(0, at) + alphabet[alphabet.indexOf(sig[at]!) ^ 1] + sig.slice(at + 1);
    expect(Buffer.from(changed.split(' ')[2]!, 'base64')).toEqual(Buffer.from(sig.split(' ')[2]!, 'base64'));
    feed.files.set('feed.json.sig', utf8(changed));
    expect(codes(await load(new MemoryHost().serve(FOLDER, feed)))).toEqual(['signature']);
  });

  it('refuses a shard with one flipped byte, and a truncated shard, naming the shard', async () => {
    const [k0] = await keys();
    for (const damage of [(b: Uint8Array) => flip(b, 100), (b: Uint8Array) => b.slice(0, b.length - 1)]) {
      const feed = await publish(indexAt(2), k0!);
      const ref = feed.manifest.shards.at(-1)!;
      feed.files.set(ref.path, damage(feed.files.get(ref.path)!));
      const result = await load(new MemoryHost().serve(FOLDER, feed));
      expect(codes(result)).toEqual(['hash-mismatch']);
      expect(result.ok || result.problems[0]!.path).toBe(ref.path);
    }
  });

  it('refuses a truncated feed.json and a missing signature', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const manifest = feed.files.get('feed.json')!;
    feed.files.set('feed.json', manifest.slice(0, manifest.length >> 1));
    expect(codes(await load(new MemoryHost().serve(FOLDER, feed)))).toEqual(['signature']);

    const other = await publish(indexAt(2), k0!);
    other.files.delete('feed.json.sig');
    expect(codes(await load(new MemoryHost().serve(FOLDER, other)))).toEqual(['unreachable']);
  });

  it('refuses a feed signed with another key, in plain words', async () => {
    const [, k1] = await keys();
    const feed = await publish(indexAt(2), k1!);
    const result = await load(new MemoryHost().serve(FOLDER, feed), 0);
    expect(codes(result)).toEqual(['wrong-key']);
    expect(result.ok || result.problems[0]!.message).toMatch(/signed by a key you did not subscribe with/);
  });

  it('refuses a manifest that names another key than the one that signed it', async () => {
    const [k0, k1] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const manifest = json(feed.files.get('feed.json'));
    manifest.keyId = k1!.trust.keyId;
    const host = new MemoryHost().serve(FOLDER, feed).serve(FOLDER, await signedManifest(manifestText(manifest), k0!));
    expect(codes(await load(host))).toEqual(['invalid']);
  });
});

describe('loadFeed: rollback and freeze', () => {
  it('refuses a replayed older version and treats the same version as unchanged', async () => {
    const [k0] = await keys();
    const host = new MemoryHost().serve(FOLDER, await publish(indexAt(2), k0!));
    const older = await load(host, 0, { installedVersion: 3 });
    expect(codes(older)).toEqual(['rollback']);
    expect(older.ok || older.problems[0]!.message).toBe('older than the installed version (version 2; version 3 is installed)');
    const before = host.requests.length;
    expect(await load(host, 0, { installedVersion: 2 })).toEqual({ ok: true, value: { unchanged: true } });
    expect(host.requests.slice(before).some((r) => r.url.includes('/shards/'))).toBe(false);
    expect((await load(host, 0, { installedVersion: 1 })).ok).toBe(true);
  });

  it('refuses an expired feed, saying when it expired', async () => {
    const [k0] = await keys();
    const host = new MemoryHost().serve(FOLDER, await publish(indexAt(2), k0!));
    const result = await load(host, 0, { now: Date.parse('2026-03-01T00:00:00Z') });
    expect(codes(result)).toEqual(['expired']);
    expect(result.ok || result.problems[0]!.message).toMatch(/^expired on 2026-03-01T00:00:00Z/);
  });

  it('refuses a feed whose id is not the installed one', async () => {
    const [k0] = await keys();
    const host = new MemoryHost().serve(FOLDER, await publish(indexAt(2), k0!));
    expect(codes(await load(host, 0, { feedId: 'other-feed' }))).toEqual(['invalid']);
  });
});

describe('loadFeed: size caps before parsing', () => {
  it('refuses an oversize feed.json without reading it as JSON', async () => {
    const [k0] = await keys();
    const big = new Uint8Array(FEED_LIMITS.manifestBytes + 1).fill(0x7b); // "{{{{": parsing would say "invalid"
    const host = new MemoryHost().serve(FOLDER, await signedManifest(big, k0!));
    const result = await load(host);
    expect(codes(result)).toEqual(['too-large']);
    expect(result.ok || result.problems[0]!.message).toMatch(/^too large/);
  });

  it('refuses an oversize feed.json even from a transport that ignores maxBytes', async () => {
    const [k0] = await keys();
    const big = new Uint8Array(FEED_LIMITS.manifestBytes + 1).fill(0x7b);
    const host = new MemoryHost().serve(FOLDER, await signedManifest(big, k0!));
    const careless = { get: (url: string, o: { maxBytes: number }) => host.get(url, { ...o, maxBytes: Infinity }) };
    expect(codes(await loadFeed(FEED_URL, k0!.trust, careless, { now: NOW }))).toEqual(['too-large']);
  });

  it('refuses a feed whose shards add up to more than the whole-feed cap', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const manifest = json(feed.files.get('feed.json'));
    const count = Math.ceil(FEED_LIMITS.feedBytes / FEED_LIMITS.shardBytes) + 1;
    manifest.shards = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const sha256 = await sha256Hex(utf8(String(i)));
        return { path: shardPath(sha256), bytes: FEED_LIMITS.shardBytes, sha256 };
      }),
    );
    const host = new MemoryHost().serve(FOLDER, await signedManifest(manifestText(manifest), k0!));
    const result = await load(host);
    expect(codes(result)).toEqual(['too-large']);
    expect(host.fetched('/shards/')).toBe(0);
  });

  it('refuses a shard served larger than the manifest says, reading no more than that', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const ref = feed.manifest.shards[0]!;
    const bigger = new Uint8Array(ref.bytes + 1000);
    bigger.set(feed.files.get(ref.path)!);
    feed.files.set(ref.path, bigger);
    const host = new MemoryHost().serve(FOLDER, feed);
    expect(codes(await load(host))).toEqual(['hash-mismatch']);
  });
});

describe('loadFeed: malformed content', () => {
  it('names the field of a signed but malformed feed.json', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const manifest = json(feed.files.get('feed.json'));
    manifest.refresh = { seconds: 'soon' };
    const host = new MemoryHost().serve(FOLDER, await signedManifest(manifestText(manifest), k0!));
    const result = await load(host);
    expect(result.ok || result.problems.map((p) => p.message)).toEqual(['invalid at feed.json: refresh.seconds: must be a whole number']);
  });

  it('refuses a signed feed.json that is not JSON', async () => {
    const [k0] = await keys();
    const result = await load(new MemoryHost().serve(FOLDER, await signedManifest('{"format": ', k0!)));
    expect(result.ok || result.problems[0]!.message).toMatch(/^invalid at feed\.json: is not valid JSON/);
  });

  it('reports an invalid event with the shard path and the JSON path, and installs the rest', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const ref = feed.manifest.shards.find((r) => json(feed.files.get(r.path)).events.length > 3)!;
    const shard = json(feed.files.get(ref.path));
    shard.events[3].sources[0].url = 'javascript:alert(1)';
    const bytes = utf8(JSON.stringify(shard));
    const sha256 = await sha256Hex(bytes);
    const manifest = json(feed.files.get('feed.json'));
    manifest.shards = manifest.shards.map((r: { path: string }) => (r.path === ref.path ? { path: shardPath(sha256), bytes: bytes.length, sha256 } : r));
    const host = new MemoryHost()
      .serve(FOLDER, feed)
      .serve(FOLDER, new Map([[shardPath(sha256), bytes]]))
      .serve(FOLDER, await signedManifest(manifestText(manifest), k0!));
    const result = await load(host);
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    expect(result.value.dropped.map((p) => p.message)).toContain(`invalid at ${shardPath(sha256)}: events[3].sources[0].url: must be an https URL`);
    expect(result.value.index.events.some((e) => e.id === shard.events[3].id)).toBe(false);
    expect(result.value.index.events).toHaveLength(indexAt(2).events.length - 1);
  });

  it('refuses a shard whose envelope is wrong, naming the shard', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const bytes = utf8('{"format":"backstory-shard","formatVersion":1,"entities":{},"events":[]}');
    const sha256 = await sha256Hex(bytes);
    const manifest = json(feed.files.get('feed.json'));
    manifest.shards.push({ path: shardPath(sha256), bytes: bytes.length, sha256 });
    const host = new MemoryHost()
      .serve(FOLDER, feed)
      .serve(FOLDER, new Map([[shardPath(sha256), bytes]]))
      .serve(FOLDER, await signedManifest(manifestText(manifest), k0!));
    const result = await load(host);
    expect(result.ok || result.problems.map((p) => p.message)).toEqual([`invalid at ${shardPath(sha256)}: entities: must be a list`]);
  });
});

describe('loadFeed: mirrors and HTTP caching', () => {
  const MIRROR_A = 'https://mirror-a.example.com/news/';
  const MIRROR_B = 'https://mirror-b.example.com/news';

  it('tries the mirrors in order when the feed address fails, all checked against the same key', async () => {
    const [k0, k1] = await keys();
    const good = await publish(indexAt(3), k0!, { mirrors: [MIRROR_A, MIRROR_B] });
    const host = new MemoryHost().serve(FOLDER, good).serve(MIRROR_A, await publish(indexAt(3), k1!)).serve(`${MIRROR_B}/`, good);
    host.down.add(FOLDER);
    const result = await load(host, 0, { mirrors: [MIRROR_A, MIRROR_B] });
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    expect(result.value.source).toBe(`${MIRROR_B}/feed.json`);
    const manifests = host.requests.filter((r) => r.url.endsWith('/feed.json')).map((r) => r.url);
    expect(manifests).toEqual([FEED_URL, `${MIRROR_A}feed.json`, `${MIRROR_B}/feed.json`]);
  });

  it('reports every source when all fail, the feed address first', async () => {
    const host = new MemoryHost();
    const result = await load(host, 0, { mirrors: [MIRROR_A] });
    expect(codes(result)).toEqual(['unreachable', 'unreachable']);
    expect(result.ok || result.problems[1]!.message).toMatch(/\(mirror https:\/\/mirror-a\.example\.com\/news\/feed\.json\)$/);
  });

  it('fetches a shard from a mirror the signed manifest names when the host lacks it', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(3), k0!, { mirrors: [MIRROR_A] });
    const host = new MemoryHost().serve(FOLDER, feed).serve(MIRROR_A, feed);
    const ref = feed.manifest.shards[0]!;
    host.files.delete(new URL(ref.path, FOLDER).href);
    const result = await load(host);
    expect(result.ok).toBe(true);
    expect(host.requests.filter((r) => r.url.endsWith(ref.path)).map((r) => r.url)).toEqual([
      new URL(ref.path, FOLDER).href,
      new URL(ref.path, MIRROR_A).href,
    ]);
  });

  it('passes the ETag and Last-Modified through; a 304 is unchanged and reads nothing else', async () => {
    const [k0] = await keys();
    const host = new MemoryHost().serve(FOLDER, await publish(indexAt(3), k0!));
    const result = await load(host, 0, { etag: host.etag, lastModified: 'Sat, 10 Jan 2026 00:00:00 GMT', installedVersion: 2 });
    expect(result).toEqual({ ok: true, value: { unchanged: true } });
    expect(host.requests).toHaveLength(1);
    expect(host.requests[0]!.opts).toMatchObject({ etag: host.etag, lastModified: 'Sat, 10 Jan 2026 00:00:00 GMT' });
  });
});
