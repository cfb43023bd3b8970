// @vitest-environment happy-dom
// Feeds a publisher's page announces: read as capped, cleaned data; hostile values are dropped.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { MAX_FEED_KEY, MAX_FEED_LINKS, MAX_FEED_TITLE } from '@/lib/extract/feed-links';

const BASE = 'https://news.example.com/world/story.html';
const KEY = `ed25519:${'B'.repeat(43)}=`;
const TYPE = 'application/vnd.backstory.feed+json';

function attrs(values: Record<string, string>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return Object.entries(values)
    .map(([k, val]) => `${k}="${esc(val)}"`)
    .join(' ');
}

function link(values: Record<string, string> = {}): string {
  return `<link ${attrs({ rel: 'alternate', type: TYPE, href: 'https://feeds.example.org/news/feed.json', title: 'Example News events', 'data-backstory-key': KEY, ...values })}>`;
}

function feedsOf(head: string, baseUrl = BASE) {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body><p>Text.</p></body></html>`, 'text/html');
  return extractPage(doc, { baseUrl }).feeds;
}

describe('feed discovery in extractPage', () => {
  it('reads an announced feed: address, key and title', () => {
    expect(feedsOf(link())).toEqual([
      { url: 'https://feeds.example.org/news/feed.json', key: KEY, title: 'Example News events' },
    ]);
  });

  it('resolves a relative address against the page and matches rel and type in any case', () => {
    const feeds = feedsOf(link({ rel: 'ALTERNATE  feed', type: ` ${TYPE.toUpperCase()} `, href: '../feeds/feed.json' }));
    expect(feeds.map((f) => f.url)).toEqual(['https://news.example.com/feeds/feed.json']);
  });

  it('ignores links that are not announcements', () => {
    const head = [
      link({ rel: 'author' }),
      link({ type: 'application/rss+xml' }),
      link({ type: `${TYPE}x` }),
      '<link rel="canonical" href="https://news.example.com/world/story.html">',
      `<a rel="alternate" type="${TYPE}" href="https://feeds.example.org/a.json" data-backstory-key="${KEY}">not a link element</a>`,
    ].join('');
    expect(feedsOf(head)).toEqual([]);
  });

  it.each([
    ['a javascript: address', { href: 'javascript:alert(document.cookie)' }],
    ['a data: address', { href: 'data:application/json,{"format":"backstory-feed"}' }],
    ['a blob: address', { href: 'blob:https://news.example.com/1234' }],
    ['a plain http address elsewhere than this machine', { href: 'http://feeds.example.org/feed.json' }],
    ['an address with a password', { href: 'https://user:pw@feeds.example.org/feed.json' }],
    ['a huge address', { href: `https://feeds.example.org/${'a'.repeat(100_000)}.json` }],
    ['no key', { 'data-backstory-key': '' }],
    ['a key with spaces', { 'data-backstory-key': 'ed25519: AAAA BBBB' }],
    ['a key with markup', { 'data-backstory-key': 'ed25519:<img src=x onerror=alert(1)>' }],
    ['a key with non-ASCII letters', { 'data-backstory-key': 'ed25519:АААА' }],
    ['a huge key', { 'data-backstory-key': `ed25519:${'A'.repeat(1_000_000)}` }],
  ])('drops a feed with %s', (_label, values) => {
    expect(feedsOf(link(values))).toEqual([]);
  });

  it('takes no href attribute at all as no feed', () => {
    expect(feedsOf(`<link rel="alternate" type="${TYPE}" data-backstory-key="${KEY}">`)).toEqual([]);
  });

  it('allows plain http on 127.0.0.1 and localhost (testing a feed before it is published)', () => {
    const feeds = feedsOf(link({ href: 'http://127.0.0.1:8080/feed.json' }) + link({ href: 'http://localhost/feed.json' }));
    expect(feeds.map((f) => f.url)).toEqual(['http://127.0.0.1:8080/feed.json', 'http://localhost/feed.json']);
  });

  it('cleans titles: no control or direction-changing characters, spaces collapsed, capped, optional', () => {
    const [plain, hostile, huge, none] = feedsOf(
      [
        link({ href: 'https://a.example.org/feed.json', title: '  Example\n\tNews  ' }),
        link({ href: 'https://b.example.org/feed.json', title: 'Evil\u202eswen\u200b\u0000 Corp' }),
        link({ href: 'https://c.example.org/feed.json', title: '😀'.repeat(100_000) }),
        link({ href: 'https://d.example.org/feed.json', title: '\u200b \u202e ' }),
      ].join(''),
    );
    expect(plain?.title).toBe('Example News');
    expect(hostile?.title).toBe('Evil swen Corp');
    expect(Array.from(huge?.title ?? '')).toHaveLength(MAX_FEED_TITLE);
    expect(huge?.title?.isWellFormed()).toBe(true); // no emoji cut in half
    expect(none).toEqual({ url: 'https://d.example.org/feed.json', key: KEY });
  });

  it('keeps the key as written (trimmed) up to its cap', () => {
    const longest = `ed25519:${'A'.repeat(MAX_FEED_KEY - 8)}`;
    expect(feedsOf(link({ 'data-backstory-key': ` ${longest} ` }))[0]?.key).toBe(longest);
    expect(feedsOf(link({ 'data-backstory-key': `${longest}A` }))).toEqual([]);
  });

  it('lists each address once and at most MAX_FEED_LINKS feeds, even from 1000 links', () => {
    const many = Array.from({ length: 1000 }, (_, i) => link({ href: `https://feeds.example.org/${i % 500}/feed.json` })).join('');
    const feeds = feedsOf(many);
    expect(feeds).toHaveLength(MAX_FEED_LINKS);
    expect(new Set(feeds.map((f) => f.url)).size).toBe(MAX_FEED_LINKS);
    expect(feeds[0]?.url).toBe('https://feeds.example.org/0/feed.json');
  });

  it('finds announcements in the body too, and keeps reading the article', () => {
    const doc = new DOMParser().parseFromString(
      `<html><body><article><h1>Story</h1><p>${'Words of the story. '.repeat(20)}</p>${link()}</article></body></html>`,
      'text/html',
    );
    const page = extractPage(doc, { baseUrl: BASE });
    expect(page.feeds).toHaveLength(1);
    expect(page.text).toContain('Words of the story.');
  });
});
