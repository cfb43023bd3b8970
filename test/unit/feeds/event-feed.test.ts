import { describe, expect, it } from 'vitest';
import { eventFeed } from '@/lib/feeds/status';
import type { IndexMeta } from '@/lib/store/schema';

const meta: IndexMeta = {
  publisher: 'Example News',
  title: 'Example News events',
  homepage: 'https://example.org/',
  version: 4,
  events: 10,
  entities: 5,
  generated: '2025-11-01T00:00:00Z',
  expires: '2025-11-20T00:00:00Z',
  loadedAt: Date.parse('2025-11-02T00:00:00Z'),
  matcherFormat: 1,
  appVersion: '0.0.0',
};

describe('eventFeed (what an event card says about its feed)', () => {
  it('names the publisher, and gives the expiry date only once the feed is out of date', () => {
    expect(eventFeed('example-news', undefined, meta, Date.parse('2025-11-10T00:00:00Z'))).toEqual({
      id: 'example-news',
      publisher: 'Example News',
      stale: false,
    });
    expect(eventFeed('example-news', undefined, meta, Date.parse('2025-12-01T00:00:00Z'))).toEqual({
      id: 'example-news',
      publisher: 'Example News',
      stale: true,
      expires: '2025-11-20T00:00:00Z',
    });
  });
});
