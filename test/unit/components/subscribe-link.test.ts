import { describe, expect, it } from 'vitest';
import { readSubscribeQuery, subscribeQuery } from '@/components/subscribe-link';

const KEY = `ed25519:${'A'.repeat(43)}=`;

describe('subscribe links (options.html?subscribe=…)', () => {
  it('round-trips address, key and title, whatever characters they hold', () => {
    const feed = { url: 'https://feeds.example.org/a b/feed.json?x=1&y=2#z', key: KEY, title: 'Новости & “events” ?=' };
    expect(readSubscribeQuery(subscribeQuery(feed))).toEqual(feed);
    expect(readSubscribeQuery(subscribeQuery({ url: feed.url, key: KEY }))).toEqual({ url: feed.url, key: KEY });
  });

  it('reads nothing without an address, or with a huge one', () => {
    expect(readSubscribeQuery('')).toBeUndefined();
    expect(readSubscribeQuery('?key=x')).toBeUndefined();
    expect(readSubscribeQuery(`?subscribe=${'a'.repeat(5000)}`)).toBeUndefined();
  });

  it('caps the key and title it passes on (the form checks them properly)', () => {
    const read = readSubscribeQuery(`?subscribe=https://feeds.example.org/f.json&key=${'k'.repeat(10_000)}&title=${'t'.repeat(10_000)}`);
    expect(read?.key.length).toBeLessThanOrEqual(4096);
    expect(read?.title?.length).toBe(200);
  });
});
