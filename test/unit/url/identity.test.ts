import { describe, expect, it } from 'vitest';
import { articleKey, isWebUrl, originOf, sameArticle, sameDocument, sameSite } from '@/lib/url/identity';

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
