import { describe, expect, it } from 'vitest';
import { accessFromOrigins, matchesFor, originPatternFor } from '@/lib/sites/site-access';

describe('accessFromOrigins', () => {
  it('is "none" without host permissions (a fresh install)', () => {
    expect(accessFromOrigins([])).toEqual({ mode: 'none' });
  });
  it('is "all" for <all_urls> or *://*/* (the e2e build, or "on all sites")', () => {
    expect(accessFromOrigins(['<all_urls>'])).toEqual({ mode: 'all' });
    expect(accessFromOrigins(['https://a.example/*', '*://*/*'])).toEqual({ mode: 'all' });
    expect(accessFromOrigins(['http://*/*', 'https://*/*'])).toEqual({ mode: 'all' });
  });
  it('lists granted sites, ignoring non-web patterns', () => {
    expect(accessFromOrigins(['https://b.example/*', 'chrome://favicon/*', 'https://a.example/*', 'file:///*'])).toEqual({
      mode: 'sites',
      origins: ['https://a.example/*', 'https://b.example/*'],
    });
  });
});

describe('matchesFor', () => {
  it('registers for web pages only', () => {
    expect(matchesFor({ mode: 'all' })).toEqual(['*://*/*']);
    expect(matchesFor({ mode: 'sites', origins: ['https://a.example/*'] })).toEqual(['https://a.example/*']);
    expect(matchesFor({ mode: 'none' })).toEqual([]);
  });
});

describe('originPatternFor', () => {
  it('gives the site pattern of a web page', () => {
    expect(originPatternFor('https://News.Example.org:8443/a/b?c#d')).toBe('https://news.example.org/*');
  });
  it('is null for anything else', () => {
    expect(originPatternFor('chrome://extensions')).toBeNull();
    expect(originPatternFor('not a url')).toBeNull();
    expect(originPatternFor('file:///etc/passwd')).toBeNull();
  });
});
