import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleKey, isWebUrl, originOf, parsedArticleKey, plainArticleKey, sameArticle, sameDocument, sameSite } from '@/lib/url/identity';

describe('articleKey and sameArticle: the same article as readers mean it', () => {
  it('treats scheme, www, fragment, trailing slash and tracking parameters as the same page', () => {
    const a = articleKey('https://www.example.org/news/story/?utm_source=x&id=3#top');
    expect(articleKey('http://example.org/news/story?id=3&fbclid=abc')).toBe(a);
    expect(sameArticle('https://www.example.org/politics/a/', 'https://example.org/politics/a#top')).toBe(true);
    expect(sameArticle('https://www.meduza.io/x?utm_source=tg', 'https://meduza.io/x')).toBe(true);
    expect(sameArticle('https://m.example.org/a', 'https://example.org/a')).toBe(true);
  });
  it('keeps meaningful differences', () => {
    expect(articleKey('https://example.org/a?id=3')).not.toBe(articleKey('https://example.org/a?id=4'));
    expect(articleKey('https://example.org/a')).not.toBe(articleKey('https://example.com/a'));
    expect(sameArticle('https://example.org/politics/a', 'https://example.org/politics/b')).toBe(false);
    expect(sameArticle('https://example.com/?p=1', 'https://example.com/?p=2')).toBe(false);
  });
  it('rejects what is not a web URL', () => {
    expect(articleKey('javascript:alert(1)')).toBeNull();
    expect(articleKey('not a url')).toBeNull();
    expect(sameArticle('junk', 'junk')).toBe(false);
  });
});

describe('sameSite: whether a canonical may stand for the page\'s address', () => {
  it('is the same host, with the www., m. and amp. editions of one site', () => {
    expect(sameSite('https://www.example.org/a', 'https://example.org/b')).toBe(true);
    expect(sameSite('http://m.example.org/a', 'https://amp.example.org/b')).toBe(true);
    expect(sameSite('https://EXAMPLE.org:8443/a', 'https://example.org/')).toBe(true);
  });
  it('is not another host, even a sister subdomain or a look-alike', () => {
    expect(sameSite('https://news.example.org/a', 'https://www.example.org/a')).toBe(false);
    expect(sameSite('https://meduza.io.example.org/a', 'https://meduza.io/a')).toBe(false);
    expect(sameSite('https://example.org.evil.example/a', 'https://example.org/a')).toBe(false);
    expect(sameSite('http://127.0.0.1:8080/a', 'https://example.org/a')).toBe(false);
  });
  it('is never true for what is not a web URL', () => {
    expect(sameSite('javascript:alert(1)//example.org', 'https://example.org/')).toBe(false);
    expect(sameSite('junk', 'junk')).toBe(false);
  });
});

describe('sameDocument: the document a tab shows', () => {
  it('compares documents without the fragment', () => {
    expect(sameDocument('https://a.example/x#1', 'https://a.example/x#2')).toBe(true);
    expect(sameDocument('https://a.example/x', 'https://a.example/x?page=2')).toBe(false);
    // Another document even if it is the same article: the tab navigated.
    expect(sameDocument('https://a.example/x', 'https://a.example/x?utm_source=tg')).toBe(false);
  });
});

describe('originOf and isWebUrl', () => {
  it('gives the origin of an absolute URL, null for junk', () => {
    expect(originOf('https://news.example.org:8443/a?b#c')).toBe('https://news.example.org:8443');
    expect(originOf('not a url')).toBeNull();
  });
  it('knows web pages from the rest', () => {
    expect(isWebUrl('HTTPS://example.org/')).toBe(true);
    expect(isWebUrl('file:///tmp/a.html')).toBe(false);
    expect(isWebUrl(undefined)).toBe(false);
  });
});

describe('articleKey without the URL parser (plainArticleKey)', () => {
  // Pieces chosen near the edges of what plainArticleKey takes: case, dot segments, punycode,
  // numeric and hex hosts, ports, users, percent signs, backslashes, white space, queries.
  const label = fc.stringMatching(/^[a-zA-Z0-9-]{1,8}$/);
  const host = fc.oneof(
    fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
    fc.constantFrom('www.example.org', 'm.example.com', 'amp.example.org', 'xn--bcher-kva.example', 'xn--a.org', 'a--b.org',
      '127.0.0.1', '0x7f.1', 'example.123', 'example.org.', 'EXAMPLE.org', 'user@example.org', 'example.org:443', 'example.org:8080'),
  );
  const segment = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9._~-]{0,6}$/),
    fc.constantFrom('.', '..', '%2e', '%2E%2e', 'a%20b', 'a b', 'a\\b', 'é', '#top', '#', 'a\tb', ';p', "a'b", 'A', '_', '~x'),
  );
  const param = fc.oneof(
    fc.tuple(fc.stringMatching(/^[A-Za-z0-9._*~+-]{0,5}$/), fc.stringMatching(/^[A-Za-z0-9._*~+=-]{0,5}$/)).map(([k, v]) => `${k}=${v}`),
    fc.constantFrom('utm_source=x', 'UTM_Medium=y', 'fbclid=1', 'ref=home', 'id=3', 'id=4', 'a', '', 'a=%20', 'b=c d', 'q=é', 'x=1#y'),
  );
  const query = fc.oneof(fc.constant(''), fc.array(param, { maxLength: 4 }).map((ps) => `?${ps.join('&')}`));
  const url = fc.tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'https:/', ' https://'),
    host,
    fc.array(segment, { maxLength: 5 }),
    query,
    fc.constantFrom('', '/', '//', '#frag', '/#x/../y'),
  ).map(([scheme, h, segs, q, tail]) => `${scheme}${h}${segs.map((s) => `/${s}`).join('')}${q}${tail}`);

  // Addresses plainArticleKey mostly takes: the same pieces without the ones it leaves to the parser.
  const plainUrl = fc.tuple(
    fc.constantFrom('https://', 'http://'),
    fc.constantFrom('www.example.org', 'example.org', 'm.example.com', 'news.example.com', 'a-b.example', 'www.m.example'),
    fc.array(fc.stringMatching(/^[a-z0-9._~-]{0,6}$/), { maxLength: 4 }),
    fc.array(fc.constantFrom('id=3', 'id=4', 'page=2', 'utm_source=x', 'Utm_Campaign=y', 'ref=1', 'a.b=*', 'z=', 'fbclid=q'), { maxLength: 4 }),
    fc.constantFrom('', '/', '#x', '/#y'),
  ).map(([scheme, h, segs, ps, tail]) => `${scheme}${h}${segs.map((s) => `/${s}`).join('')}${ps.length ? `?${ps.join('&')}` : ''}${tail}`);

  it('gives the URL parser\'s key whenever it gives one', () => {
    let plainCount = 0;
    fc.assert(fc.property(fc.oneof(url, plainUrl), (u) => {
      const plain = plainArticleKey(u.trim());
      if (plain !== null) {
        plainCount++;
        expect(plain).toBe(parsedArticleKey(u.trim()));
      }
      expect(articleKey(u)).toBe(parsedArticleKey(u.trim()));
    }), { numRuns: 4000 });
    // The generators reach both paths (else this test would not test the plain one).
    expect(plainCount).toBeGreaterThan(1000);
    expect(plainCount).toBeLessThan(3500);
  });
  it('takes the plain addresses an index is made of, and leaves the rest to the parser', () => {
    expect(plainArticleKey('https://www.example.org/news/2025/11/25/story/')).toBe('example.org/news/2025/11/25/story');
    expect(plainArticleKey('http://example.com#top')).toBe('example.com/');
    expect(plainArticleKey('https://m.example.org/a/?utm_source=x&page=2&id=3#c')).toBe('example.org/a?id=3&page=2');
    for (const u of ['https://example.org/a?q=a%20b', 'https://example.org/a?q', 'https://example.org/a/../b', 'https://EXAMPLE.org/a', 'https://example.org:8443/a',
      'https://example.org/%7Ea', 'https://xn--bcher-kva.example/a', 'https://127.0.0.1/a', 'https://example.org/a\\b']) {
      expect(plainArticleKey(u)).toBeNull();
    }
  });
});
