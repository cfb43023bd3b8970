import { describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '../../../lib/feed/bytes';
import { makeKeyChange } from '../../../lib/feed/key-chain';
import { sign } from '../../../lib/feed/keys';
import { loadFeed } from '../../../lib/feed/load-feed';
import { FEED_URL, FOLDER, MemoryHost, NOW, indexAt, json, keys, publish } from './fixtures';

const keysFile = (changes: unknown[]) => utf8(JSON.stringify({ format: 'backstory-keys', formatVersion: 1, changes }));

describe('key rotation', () => {
  it('follows a key change signed by the trusted key, and then trusts the new key', async () => {
    const [k0, k1] = await keys();
    const v2 = await publish(indexAt(2), k0!);
    const v3 = await publish(indexAt(3), k1!, { rotateFrom: k0!, previous: { manifest: v2.manifest } });
    const host = new MemoryHost().serve(FOLDER, v3);
    const result = await loadFeed(FEED_URL, k0!.trust, host, { now: NOW, installedVersion: 2 });
    if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
    expect(result.value.trust).toEqual(k1!.trust);
    expect(result.value.manifest.keyId).toBe(k1!.trust.keyId);
    // A reader who already trusts the new key needs no keys.json.
    const direct = new MemoryHost().serve(FOLDER, v3);
    expect((await loadFeed(FEED_URL, k1!.trust, direct, { now: NOW })).ok).toBe(true);
    expect(direct.fetched('keys.json')).toBe(0);
  });

  it('follows a chain of two changes (k0 -> k1 -> k2) carried over by --previous', async () => {
    const [k0, k1, k2] = await keys();
    const v2 = await publish(indexAt(2), k0!);
    const v3 = await publish(indexAt(3), k1!, { rotateFrom: k0!, previous: { manifest: v2.manifest } });
    const v4 = await publish(indexAt(4), k2!, { rotateFrom: k1!, previous: { manifest: v3.manifest, keys: json(v3.files.get('keys.json')) } });
    expect(json(v4.files.get('keys.json')).changes).toHaveLength(2);
    const result = await loadFeed(FEED_URL, k0!.trust, new MemoryHost().serve(FOLDER, v4), { now: NOW });
    expect(result.ok && !result.value.unchanged && result.value.trust).toEqual(k2!.trust);
  });

  it('refuses a key the trusted key did not lead to, even when keys.json lists other changes', async () => {
    const [k0, k1, k2] = await keys();
    const v3 = await publish(indexAt(3), k1!, { rotateFrom: k0! });
    // Signed by k2, with keys.json only saying k0 -> k1.
    const forged = await publish(indexAt(4), k2!);
    forged.files.set('keys.json', v3.files.get('keys.json')!);
    const result = await loadFeed(FEED_URL, k0!.trust, new MemoryHost().serve(FOLDER, forged), { now: NOW });
    expect(result.ok || result.problems.map((p) => p.code)).toEqual(['wrong-key']);
  });

  it('refuses the old key once the reader has moved to the new one', async () => {
    const [k0, k1] = await keys();
    const oldKeyFeed = await publish(indexAt(5), k0!);
    const result = await loadFeed(FEED_URL, k1!.trust, new MemoryHost().serve(FOLDER, oldKeyFeed), { now: NOW });
    expect(result.ok || result.problems.map((p) => p.code)).toEqual(['wrong-key']);
  });

  it('refuses a broken chain: a change not signed by the key it leaves', async () => {
    const [k0, k1, , k3] = await keys();
    const feed = await publish(indexAt(3), k1!);
    // "k0 -> k1", but signed by k3.
    const change = await makeKeyChange(k3!, k1!.trust, 'example-news', '2026-01-05T00:00:00Z');
    feed.files.set('keys.json', keysFile([{ ...change, from: k0!.trust.keyId }]));
    const result = await loadFeed(FEED_URL, k0!.trust, new MemoryHost().serve(FOLDER, feed), { now: NOW });
    expect(result.ok || result.problems.map((p) => [p.code, p.message])).toEqual([
      ['wrong-key', `key change refused: keys.json: changes[0] is not signed by key ${k0!.trust.keyId}`],
    ]);
  });

  it('refuses a change made for another feed', async () => {
    const [k0, k1] = await keys();
    const feed = await publish(indexAt(3), k1!);
    feed.files.set('keys.json', keysFile([await makeKeyChange(k0!, k1!.trust, 'another-feed', '2026-01-05T00:00:00Z')]));
    const result = await loadFeed(FEED_URL, k0!.trust, new MemoryHost().serve(FOLDER, feed), { now: NOW });
    expect(result.ok || result.problems[0]!.message).toMatch(/for feed "another-feed"/);
  });

  it('refuses a signed change whose statement names another "from" key than its signer', async () => {
    const [k0, k1, k2] = await keys();
    const feed = await publish(indexAt(3), k1!);
    const statement = utf8(JSON.stringify({ format: 'backstory-key-change', formatVersion: 1, feed: 'example-news', from: k2!.trust.keyId, to: k1!.trust.publicKey, date: '2026-01-05T00:00:00Z' }));
    feed.files.set('keys.json', keysFile([{ from: k0!.trust.keyId, statement: toBase64(statement), signature: toBase64(await sign(k0!, statement)) }]));
    const result = await loadFeed(FEED_URL, k0!.trust, new MemoryHost().serve(FOLDER, feed), { now: NOW });
    expect(result.ok || result.problems.map((p) => p.code)).toEqual(['wrong-key']);
  });
});
