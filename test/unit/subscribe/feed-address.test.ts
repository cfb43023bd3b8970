import { describe, expect, it } from 'vitest';
import { checkFeedAddress, MAX_FEED_ADDRESS } from '@/lib/subscribe/feed-address';

describe('checkFeedAddress', () => {
  it('accepts https anywhere and asks for that host on every port', () => {
    expect(checkFeedAddress('  https://feeds.example.org:8443/news/feed.json#top ')).toEqual({
      ok: true,
      url: 'https://feeds.example.org:8443/news/feed.json',
      permission: 'https://feeds.example.org/*',
    });
  });

  it.each(['http://127.0.0.1:4000/feed.json', 'http://localhost/feed.json', 'http://[::1]:81/f.json'])(
    'accepts plain http on this machine: %s',
    (address) => {
      const r = checkFeedAddress(address);
      expect(r.ok && r.permission).toMatch(/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])\/\*$/);
    },
  );

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['feeds.example.org/feed.json', 'invalid'],
    ['http://feeds.example.org/feed.json', 'scheme'],
    ['http://127.0.0.2/feed.json', 'scheme'],
    ['http://localhost.example.org/feed.json', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['data:application/json,{}', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://feeds.example.org/feed.json', 'scheme'],
    ['https://reader:secret@feeds.example.org/feed.json', 'credentials'],
    [`https://feeds.example.org/${'x'.repeat(MAX_FEED_ADDRESS)}`, 'too-long'],
  ])('refuses %j (%s)', (address, problem) => {
    expect(checkFeedAddress(address)).toEqual({ ok: false, problem });
  });
});
