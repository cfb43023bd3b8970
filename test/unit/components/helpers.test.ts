import { describe, expect, it } from 'vitest';
import { groupSources, SOURCE_KIND_ORDER } from '@/components/group-sources';
import { popupParams } from '@/components/popup-params';
import { coversOrigin, originPattern, pageOrigin, siteLabel } from '@/lib/sites/site-access';
import { whyFlagged } from '@/components/why-flagged';
import type { Source } from '@/lib/index-format/types';

describe('groupSources', () => {
  it('orders kinds for reading and keeps the index order within a kind', () => {
    const s = (url: string, kind: Source['kind']): Source => ({ url, kind, outlet: url, language: 'en' });
    const groups = groupSources([s('c1', 'coverage'), s('a', 'analysis'), s('o', 'original'), s('c2', 'coverage'), s('p', 'primary')]);
    expect(groups.map((g) => g.kind)).toEqual(['original', 'primary', 'analysis', 'coverage']);
    expect(groups[3]!.sources.map((x) => x.url)).toEqual(['c1', 'c2']);
    expect(SOURCE_KIND_ORDER).toEqual(['original', 'primary', 'reaction', 'factcheck', 'analysis', 'coverage']);
  });
});

describe('whyFlagged', () => {
  it('names each entity once, by its longest form on the page', () => {
    const why = whyFlagged([
      { kind: 'entity', entity: 'witkoff', text: 'Witkoff', start: 0, end: 7 },
      { kind: 'entity', entity: 'ushakov', text: 'Ушакова', start: 9, end: 16 },
      { kind: 'entity', entity: 'witkoff', text: 'Steve Witkoff', start: 20, end: 33 },
    ]);
    expect(why.names).toEqual(['Steve Witkoff', 'Ушакова']);
  });

  it('collects names, phrases and context once each, and link facts', () => {
    const why = whyFlagged([
      { kind: 'entity', entity: 'e', text: 'Уиткофф', start: 0, end: 7 },
      { kind: 'entity', entity: 'e', text: 'уиткофф', start: 9, end: 16 },
      { kind: 'link', url: 'https://meduza.io/x' },
      { kind: 'context', group: 1, text: 'утечка', start: 20, end: 26 },
    ]);
    expect(why).toEqual({ names: ['Уиткофф'], phrases: [], context: ['утечка'], linksToSource: true, isSource: false, pageUrls: [] });
  });
});

describe('site access helpers', () => {
  it('derives origins and permission patterns for web pages only', () => {
    expect(pageOrigin('https://www.mediaite.com/politics/x?y=1')).toBe('https://www.mediaite.com');
    expect(pageOrigin('chrome://extensions/')).toBeNull();
    expect(pageOrigin(undefined)).toBeNull();
    expect(originPattern('https://www.mediaite.com')).toBe('https://www.mediaite.com/*');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://meduza.io/*')).toBe('https://meduza.io/*');
    expect(siteLabel('https://meduza.io/*')).toBe('meduza.io');
  });
  it('knows when a site is already covered', () => {
    expect(coversOrigin({ mode: 'all' }, 'https://a.org')).toBe(true);
    expect(coversOrigin({ mode: 'none' }, 'https://a.org')).toBe(false);
    expect(coversOrigin({ mode: 'sites', origins: ['https://a.org/*'] }, 'https://a.org')).toBe(true);
    expect(coversOrigin({ mode: 'sites', origins: ['*://*.a.org/*'] }, 'https://news.a.org')).toBe(true);
    expect(coversOrigin({ mode: 'sites', origins: ['https://a.org/*'] }, 'https://b.org')).toBe(false);
    expect(coversOrigin({ mode: 'sites', origins: ['http://127.0.0.1/*'] }, 'http://127.0.0.1:8080')).toBe(true);
  });
});

describe('popupParams', () => {
  it('reads tabId and q', () => {
    expect(popupParams('?tabId=123&q=Witkoff%20call')).toEqual({ tabId: 123, query: 'Witkoff call' });
    expect(popupParams('')).toEqual({ query: '' });
    expect(popupParams('?tabId=-1')).toEqual({ query: '' });
    expect(popupParams('?tabId=12abc')).toEqual({ query: '' });
  });
});
