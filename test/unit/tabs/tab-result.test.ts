import { describe, expect, it } from 'vitest';
import { clearsResult, isTabResult, tabIdOfKey, tabKey } from '@/lib/tabs/tab-result';
import { meaningfulChange } from '@/lib/tabs/text-change';
import { searchPageUrl } from '@/lib/tabs/search-url';

const stored = { url: 'https://news.example.org/story', scannedAt: 1_000 };
/** When the change reached the background: after the stored scan, unless said otherwise. */
const SEEN = 2_000;

describe('clearsResult (tabs.onUpdated)', () => {
  it('clears when the tab moved to another URL', () => {
    expect(clearsResult(stored, { url: 'https://news.example.org/other' }, undefined, SEEN)).toBe(true);
    expect(clearsResult(stored, { url: 'https://news.example.org/other', status: 'loading' }, undefined, SEEN)).toBe(true);
  });
  it('keeps the result when only the fragment changed', () => {
    expect(clearsResult(stored, { url: 'https://news.example.org/story#comments' }, undefined, SEEN)).toBe(false);
    expect(clearsResult(stored, { url: 'https://news.example.org/story#comments', status: 'loading' }, undefined, SEEN)).toBe(false);
  });
  it('clears on a reload: the same address loads again, so the page is read again', () => {
    expect(clearsResult(stored, { status: 'loading' }, 'https://news.example.org/story', SEEN)).toBe(true);
    expect(clearsResult(stored, { url: 'https://news.example.org/story', status: 'loading' }, undefined, SEEN)).toBe(true);
  });
  it('keeps a result written after the load started (already for the new page)', () => {
    expect(clearsResult(stored, { status: 'loading' }, 'https://news.example.org/story', 500)).toBe(false);
  });
  it('uses the tab URL when a load starts without a URL change', () => {
    expect(clearsResult(stored, { status: 'loading' }, 'https://elsewhere.example/', 500)).toBe(true);
  });
  it('clears when a load starts and the URL is not visible (no host access)', () => {
    expect(clearsResult(stored, { status: 'loading' }, undefined, SEEN)).toBe(true);
  });
  it('ignores other changes (title, favicon, load complete)', () => {
    expect(clearsResult(stored, { status: 'complete' }, 'https://news.example.org/story', SEEN)).toBe(false);
    expect(clearsResult(stored, {}, undefined, SEEN)).toBe(false);
  });
});

describe('tab result helpers', () => {
  it('round-trips tab keys', () => {
    expect(tabIdOfKey(tabKey(42))).toBe(42);
    expect(tabIdOfKey('settings')).toBeNull();
    expect(tabIdOfKey('tab:x')).toBeNull();
  });
  it('checks stored data', () => {
    expect(isTabResult({ tabId: 1, url: 'https://a.example/', scannedAt: 1, status: 'ok', events: [] })).toBe(true);
    expect(isTabResult({ tabId: 1, url: 'https://a.example/', scannedAt: 1, status: 'weird', events: [] })).toBe(false);
    expect(isTabResult(null)).toBe(false);
  });
});

describe('meaningfulChange', () => {
  it('ignores small changes and small shares of a long page', () => {
    expect(meaningfulChange(0, 150)).toBe(false);
    expect(meaningfulChange(100_000, 100_500)).toBe(false);
  });
  it('reacts to an article appearing or growing a lot', () => {
    expect(meaningfulChange(50, 5_000)).toBe(true);
    expect(meaningfulChange(10_000, 9_000)).toBe(true);
  });
});

describe('searchPageUrl', () => {
  it('carries the selection and the tab id', () => {
    const url = new URL(searchPageUrl('chrome-extension://id/popup.html', '  Witkoff &\n Ushakov  ', 7));
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('q')).toBe('Witkoff & Ushakov');
    expect(url.searchParams.get('tabId')).toBe('7');
  });
  it('caps a huge selection', () => {
    const url = new URL(searchPageUrl('chrome-extension://id/popup.html', 'a'.repeat(10_000)));
    expect(url.searchParams.get('q')).toHaveLength(500);
    expect(url.searchParams.has('tabId')).toBe(false);
  });
});
