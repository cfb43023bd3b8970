import { describe, expect, it } from 'vitest';
import { MAX_LINKS, MAX_TEXT, MAX_URL, MESSAGE_TYPES, validateEnvelope } from '@/lib/messaging/validate';
import type { Envelope } from '@/lib/messaging/protocol';
import { MAX_FEED_KEY, MAX_FEED_LINKS } from '@/lib/extract/feed-links';

const page = {
  url: 'https://news.example.org/a',
  title: 'A page',
  text: 'Some text',
  links: ['https://news.example.org/b'],
};

const KEY = `ed25519:${'A'.repeat(43)}=`;
const feed = { url: 'https://feeds.example.org/feed.json', key: KEY };

const valid: Envelope[] = [
  { type: 'page/scan', payload: page },
  { type: 'page/scan', payload: { ...page, lang: 'en', canonicalUrl: 'https://news.example.org/a', published: '2025-11-25' } },
  {
    type: 'page/scan',
    payload: {
      ...page,
      feeds: [
        { url: 'https://feeds.example.org/news/feed.json', key: KEY, title: 'Example News events' },
        { url: 'http://127.0.0.1:8080/feed.json', key: KEY },
      ],
    },
  },
  { type: 'page/clear', payload: { url: 'https://news.example.org/c' } },
  { type: 'page/highlighter', payload: {} },
  { type: 'tab/get', payload: { tabId: 4 } },
  { type: 'tab/get', payload: { tabId: 4, rescan: true } },
  { type: 'index/search', payload: { query: 'Witkoff', limit: 5 } },
  { type: 'index/status', payload: {} },
  { type: 'event/get', payload: { id: 'witkoff-ushakov-call' } },
  { type: 'settings/get', payload: {} },
  { type: 'settings/set', payload: { highlights: true } },
  { type: 'settings/set', payload: { dismissed: ['a', 'b'] } },
  { type: 'event/dismiss', payload: { id: 'a', dismissed: true } },
  { type: 'sites/get', payload: {} },
  { type: 'sites/sync', payload: {} },
  { type: 'feeds/list', payload: {} },
  { type: 'feeds/prepare', payload: { url: 'https://feeds.example.org/feed.json' } },
  { type: 'feeds/subscribe', payload: { url: 'https://feeds.example.org/feed.json', publicKey: 'ed25519:AAAA' } },
  { type: 'feeds/update', payload: { id: 'example-news' } },
  { type: 'feeds/pause', payload: { id: 'example-news', paused: true } },
  { type: 'feeds/remove', payload: { id: 'example-news' } },
];

describe('validateEnvelope', () => {
  it('accepts a well-formed message of every type', () => {
    expect(new Set(valid.map((m) => m.type))).toEqual(new Set(MESSAGE_TYPES));
    for (const m of valid) {
      const r = validateEnvelope(m);
      expect(r, m.type).toEqual({ ok: true, envelope: m });
    }
  });

  it('returns a fresh object, not the caller\'s', () => {
    const m = { type: 'tab/get', payload: { tabId: 1 } };
    const r = validateEnvelope(m);
    expect(r.ok && r.envelope.payload).not.toBe(m.payload);
  });

  it.each([
    ['not an object', 'scan'],
    ['null', null],
    ['an array', [{ type: 'sites/get', payload: {} }]],
    ['an array payload (read as {} before)', { type: 'sites/get', payload: [] }],
    ['an array payload carrying fields', { type: 'page/clear', payload: Object.assign([], { url: 'https://a.example/' }) }],
    ['a null payload', { type: 'settings/get', payload: null }],
    ['no type', { payload: {} }],
    ['no payload', { type: 'sites/get' }],
    ['an extra key', { type: 'sites/get', payload: {}, tabId: 3 }],
    ['an unknown type', { type: 'feed/subscribe', payload: { url: 'https://evil.example/feed.json' } }],
    ['a prototype key as type', { type: 'constructor', payload: {} }],
    ['a payload key not in the schema', { type: 'sites/get', payload: { all: true } }],
    ['a wrong field type', { type: 'tab/get', payload: { tabId: '4' } }],
    ['a negative tab id', { type: 'tab/get', payload: { tabId: -1 } }],
    ['a fractional tab id', { type: 'tab/get', payload: { tabId: 1.5 } }],
    ['an empty event id', { type: 'event/get', payload: { id: '' } }],
    ['a missing page field', { type: 'page/scan', payload: { url: page.url, title: '', links: [] } }],
    ['page text over the cap', { type: 'page/scan', payload: { ...page, text: 'x'.repeat(MAX_TEXT + 1) } }],
    ['a huge URL', { type: 'page/scan', payload: { ...page, url: `https://a.example/${'x'.repeat(MAX_URL)}` } }],
    ['too many links', { type: 'page/scan', payload: { ...page, links: Array.from({ length: MAX_LINKS + 1 }, () => 'https://a.example/') } }],
    ['a non-string link', { type: 'page/scan', payload: { ...page, links: [42] } }],
    ['a feed over plain http', { type: 'page/scan', payload: { ...page, feeds: [{ ...feed, url: 'http://feeds.example.org/feed.json' }] } }],
    ['a javascript: feed address', { type: 'page/scan', payload: { ...page, feeds: [{ ...feed, url: 'javascript:alert(1)' }] } }],
    ['a feed key with spaces', { type: 'page/scan', payload: { ...page, feeds: [{ ...feed, key: 'ed25519: AAAA' }] } }],
    ['a huge feed key', { type: 'page/scan', payload: { ...page, feeds: [{ ...feed, key: 'k'.repeat(MAX_FEED_KEY + 1) }] } }],
    ['a huge feed title', { type: 'page/scan', payload: { ...page, feeds: [{ ...feed, title: 't'.repeat(10_000) }] } }],
    ['a feed with an extra field', { type: 'page/scan', payload: { ...page, feeds: [{ ...feed, fetch: true }] } }],
    ['too many feeds', { type: 'page/scan', payload: { ...page, feeds: Array.from({ length: MAX_FEED_LINKS + 1 }, () => feed) } }],
    ['a search limit over 100', { type: 'index/search', payload: { query: 'x', limit: 1000 } }],
    ['a non-boolean setting', { type: 'settings/set', payload: { highlights: 'yes' } }],
  ])('rejects %s', (_label, message) => {
    const r = validateEnvelope(message);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^invalid/);
  });

  it('says which field is wrong', () => {
    const r = validateEnvelope({ type: 'page/scan', payload: { ...page, text: 'x'.repeat(MAX_TEXT + 1) } });
    expect(!r.ok && r.error).toContain('text');
  });
});
