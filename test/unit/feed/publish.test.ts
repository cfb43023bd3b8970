import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../lib/feed/parse';
import { manifestText } from '../../../lib/feed/publish';
import { utf8 } from '../../../lib/feed/bytes';
import { indexAt, json, keys, publish, text } from './fixtures';

describe('publishFeed', () => {
  it('writes feed.json from the index metadata, its signature and the shards', async () => {
    const [k0] = await keys();
    const index = indexAt(2);
    const feed = await publish(index, k0!, { mirrors: ['https://mirror.example.com/news/'] });
    const manifest = json(feed.files.get('feed.json'));
    expect(manifest).toMatchObject({
      format: 'backstory-feed',
      formatVersion: 1,
      id: 'example-news',
      title: index.title,
      publisher: index.publisher,
      version: 2,
      generated: index.generated,
      expires: index.expires,
      refresh: { seconds: 3600 },
      keyId: k0!.trust.keyId,
      mirrors: ['https://mirror.example.com/news/'],
    });
    expect(text(feed.files.get('feed.json.sig'))).toMatch(new RegExp(`^ed25519 ${k0!.trust.keyId} [A-Za-z0-9+/]{86}==\\n$`));
    expect([...feed.files.keys()].filter((p) => p.startsWith('shards/')).sort()).toEqual(manifest.shards.map((r: { path: string }) => r.path).sort());
    expect(feed.files.has('keys.json')).toBe(false);
    expect(feed.added).toHaveLength(manifest.shards.length);
    expect(parseManifest(feed.files.get('feed.json')!).ok).toBe(true);
  });

  it('writes feed.json as readable text whose parse gives the manifest back', async () => {
    const [k0] = await keys();
    const feed = await publish(indexAt(2), k0!);
    const parsed = parseManifest(utf8(manifestText(feed.manifest)));
    expect(parsed.ok && parsed.value).toEqual(feed.manifest);
  });

  it.each([
    ['a version not above the previous one', { version: 2 }, /version 2 is not above the previous version 2/],
    ['an index that has already expired', { expires: '2026-01-09T00:00:00Z' }, /expired on 2026-01-09/],
  ])('refuses %s', async (_name, change, message) => {
    const [k0] = await keys();
    const first = await publish(indexAt(2), k0!);
    await expect(publish(indexAt(3, (d) => Object.assign(d, change)), k0!, { previous: { manifest: first.manifest } })).rejects.toThrow(message);
  });

  it('refuses to publish under a new key without a key change, and a key change from the wrong key', async () => {
    const [k0, k1, k2] = await keys();
    const first = await publish(indexAt(2), k0!);
    await expect(publish(indexAt(3), k1!, { previous: { manifest: first.manifest } })).rejects.toThrow(/use --rotate-from/);
    await expect(publish(indexAt(3), k1!, { previous: { manifest: first.manifest }, rotateFrom: k2! })).rejects.toThrow(/not by the --rotate-from key/);
  });

  it('refuses a bad feed id, refresh or mirror', async () => {
    const [k0] = await keys();
    await expect(publish(indexAt(2), k0!, { feedId: 'Bad Id' })).rejects.toThrow(/feed id/);
    await expect(publish(indexAt(2), k0!, { refreshSeconds: 5 })).rejects.toThrow(/refresh/);
    await expect(publish(indexAt(2), k0!, { mirrors: ['http://mirror.example.com/'] })).rejects.toThrow(/mirror/);
  });
});
