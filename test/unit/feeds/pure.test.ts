import { describe, expect, it } from 'vitest';
import { checkFeedUrl, feedPermissionPattern } from '@/lib/feeds/feed-url';
import { allocateFeedId, qualifyId, splitId } from '@/lib/feeds/ids';
import { parsePresetFeeds } from '@/lib/feeds/presets';
import { E2E_BOUNDS, PRODUCTION_BOUNDS, nextCheckAfterFailure, nextCheckAfterSuccess } from '@/lib/feeds/schedule';
import type { FoundEvent } from '@/lib/domain/event';
import { mergeFeedResults } from '@/lib/results/merge-feeds';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('schedule', () => {
  it('follows the refresh hint within 15 minutes and 7 days', () => {
    expect(nextCheckAfterSuccess(0, 3600, PRODUCTION_BOUNDS)).toBe(60 * MIN);
    expect(nextCheckAfterSuccess(0, 5, PRODUCTION_BOUNDS)).toBe(15 * MIN);
    expect(nextCheckAfterSuccess(0, 30 * 86400, PRODUCTION_BOUNDS)).toBe(7 * DAY);
    expect(nextCheckAfterSuccess(0, Number.NaN, PRODUCTION_BOUNDS)).toBe(6 * 60 * MIN);
  });

  it('the test build scales the hint (a minute is 3 s) and keeps its 2 s floor', () => {
    expect(nextCheckAfterSuccess(0, 60, E2E_BOUNDS)).toBe(3_000);
    expect(nextCheckAfterSuccess(0, 3600, E2E_BOUNDS)).toBe(180_000);
    expect(nextCheckAfterSuccess(0, 20, E2E_BOUNDS)).toBe(2_000);
    expect(nextCheckAfterSuccess(0, 3600, PRODUCTION_BOUNDS)).toBe(60 * MIN);
  });

  it('backs off exponentially from 15 minutes, capped at a day', () => {
    const waits = [1, 2, 3, 4, 10, 100].map((n) => nextCheckAfterFailure(0, n, PRODUCTION_BOUNDS));
    expect(waits.slice(0, 4)).toEqual([15 * MIN, 30 * MIN, 60 * MIN, 120 * MIN]);
    expect(waits[4]).toBe(DAY);
    expect(waits[5]).toBe(DAY);
  });
});

describe('feed addresses', () => {
  it('https anywhere, plain http only on this machine', () => {
    expect(checkFeedUrl('https://feeds.example.org/f/feed.json#x')).toEqual({ ok: true, url: 'https://feeds.example.org/f/feed.json' });
    expect(checkFeedUrl('http://127.0.0.1:8080/feed.json').ok).toBe(true);
    expect(checkFeedUrl('http://localhost/feed.json').ok).toBe(true);
    expect(checkFeedUrl('http://feeds.example.org/feed.json').ok).toBe(false);
    expect(checkFeedUrl('ftp://feeds.example.org/feed.json').ok).toBe(false);
    expect(checkFeedUrl('https://user:pw@feeds.example.org/feed.json').ok).toBe(false);
    expect(checkFeedUrl('not a url').ok).toBe(false);
  });

  it('asks for the origin of the feed (any port)', () => {
    expect(feedPermissionPattern('https://feeds.example.org/a/feed.json')).toBe('https://feeds.example.org/*');
    expect(feedPermissionPattern('http://127.0.0.1:4000/feed.json')).toBe('http://127.0.0.1/*');
    expect(feedPermissionPattern('http://feeds.example.org/feed.json')).toBeNull();
  });
});

describe('ids', () => {
  it('bundled events keep their ids; other feeds are namespaced and split back', () => {
    expect(qualifyId('bundled', 'louvre-heist')).toBe('louvre-heist');
    expect(qualifyId('example-news', 'louvre-heist')).toBe('example-news:louvre-heist');
    expect(splitId('example-news:louvre-heist')).toEqual({ feedId: 'example-news', eventId: 'louvre-heist' });
    expect(splitId('louvre-heist')).toEqual({ feedId: 'bundled', eventId: 'louvre-heist' });
  });

  it('two publishers choosing the same feed id get different extension ids; "bundled" is reserved', () => {
    expect(allocateFeedId('news', new Set())).toBe('news');
    expect(allocateFeedId('news', new Set(['news', 'news-2']))).toBe('news-3');
    expect(allocateFeedId('bundled', new Set())).toBe('bundled-2');
  });
});

describe('preset feeds', () => {
  it('none when unset; checked when set', () => {
    expect(parsePresetFeeds(undefined)).toEqual([]);
    expect(() => parsePresetFeeds('{')).toThrow(/not JSON/);
    expect(() => parsePresetFeeds('[{"url":"http://feeds.example.org/feed.json","publicKey":"x"}]')).toThrow(/url/);
    expect(() => parsePresetFeeds('[{"url":"https://feeds.example.org/feed.json","publicKey":"x"}]')).toThrow(/publicKey/);
  });
});

function card(id: string, feedId: string, score: number, urls: string[]): FoundEvent {
  return {
    id, title: id, summary: '', dates: { start: '2025-01-01' }, related: [], score, prominence: 'main', evidence: [], pageIsSource: false,
    sources: urls.map((url) => ({ url, outlet: 'Example', language: 'en', kind: 'coverage' as const })),
    feed: { id: feedId, publisher: feedId, stale: false },
  };
}

describe('merging feeds', () => {
  it('sorts by score across feeds, ties in feed order', () => {
    const merged = mergeFeedResults([[card('a', 'bundled', 0.5, ['https://a.example.org/1'])], [card('b:x', 'b', 0.9, ['https://b.example.org/1']), card('b:y', 'b', 0.5, ['https://b.example.org/2'])]]);
    expect(merged.map((c) => c.id)).toEqual(['b:x', 'a', 'b:y']);
  });

  it('shows a source listed by two feeds once; keeps a later card that still has its own sources', () => {
    const merged = mergeFeedResults([
      [card('a', 'bundled', 0.9, ['https://www.example.org/story/', 'https://a.example.org/1'])],
      [card('b:x', 'b', 0.8, ['https://example.org/story?utm_source=x', 'https://b.example.org/1']), card('b:y', 'b', 0.7, ['http://example.org/story'])],
    ]);
    expect(merged.map((c) => [c.id, c.sources.map((s) => s.url)])).toEqual([
      ['a', ['https://www.example.org/story/', 'https://a.example.org/1']],
      ['b:x', ['https://b.example.org/1']],
    ]);
  });

  it('leaves one feed\'s cards alone even when they share a source', () => {
    const merged = mergeFeedResults([[card('a', 'bundled', 0.9, ['https://example.org/s']), card('c', 'bundled', 0.8, ['https://example.org/s'])]]);
    expect(merged).toHaveLength(2);
  });
});
