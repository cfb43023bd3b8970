import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onTabRemoved, onTabUpdated } from '@/entrypoints/background/tab-events';
import { matchPage } from '@/lib/matcher';
import type { Settings } from '@/lib/domain/settings';
import type { TabResult } from '@/lib/domain/tab-result';
import type { ScanReply } from '@/lib/messaging/protocol';
import { getTabResult, putTabResult } from '@/lib/tabs/tab-store';
import { badge, contentSender, popup, startHarness, tooltip, type Harness } from './harness';

// The engine is tested on its own; here it reports what each test needs.
vi.mock('@/lib/matcher', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/matcher')>();
  return { ...real, matchPage: vi.fn(() => []) };
});

const URL_A = 'https://news.example.org/story';
const text = 'A long enough article text about a leaked call between two envoys, and a plan.';
const page = (url = URL_A) => ({ url, title: 'Story', text, links: [] });

let h: Harness;
beforeEach(() => {
  h = startHarness(undefined, new Set(['https://news.example.org/*']));
  vi.mocked(matchPage).mockClear();
  vi.mocked(matchPage).mockReturnValue([
    { id: 'peace-plan', score: 0.7, prominence: 'main', evidence: [] },
    { id: 'call-leak', score: 0.9, prominence: 'main', evidence: [{ kind: 'entity', entity: 'witkoff', text: 'Witkoff', start: 0, end: 7 }] },
  ]);
});

async function scan(tabId = 5, url = URL_A) {
  const reply = await h.send({ type: 'page/scan', payload: page(url) }, contentSender(tabId, url));
  expect(reply.ok, reply.error).toBe(true);
  return reply.value as ScanReply;
}

describe('page/scan', () => {
  it('matches the page, keeps the result for the tab, badges it and answers the content script', async () => {
    const reply = await scan();
    expect(reply.events.map((e) => e.id)).toEqual(['call-leak', 'peace-plan']);
    expect(reply).toMatchObject({ watch: true, highlights: false });
    expect(reply.events[0]).toMatchObject({
      title: 'Leaked call between two envoys',
      related: [{ id: 'peace-plan', title: 'Twenty-eight point peace plan' }],
      pageIsSource: false,
    });
    const stored = await getTabResult(5);
    expect(stored).toMatchObject({ tabId: 5, url: URL_A, status: 'ok', scannedAt: 2_000 });
    expect(await badge(5)).toBe('2');
    expect(await tooltip(5)).toBe(
      'Backstory: 2 known news events on this page\n• Leaked call between two envoys\n• Twenty-eight point peace plan',
    );
    // The matcher got the page, not something else.
    expect(vi.mocked(matchPage).mock.calls[0]![1]).toMatchObject({ text, url: URL_A });
  });

  it('keeps the feeds the page announces in the tab\'s result (data only: nothing is fetched)', async () => {
    const feeds = [{ url: 'https://feeds.example.org/feed.json', key: `ed25519:${'A'.repeat(43)}=`, title: 'Example News' }];
    const fetched = vi.spyOn(globalThis, 'fetch');
    const reply = await h.send({ type: 'page/scan', payload: { ...page(), feeds } }, contentSender(5, URL_A));
    expect(reply.ok, reply.error).toBe(true);
    expect((await getTabResult(5))?.feeds).toEqual(feeds);
    expect(fetched).not.toHaveBeenCalled();
    fetched.mockRestore();
  });

  it('refuses a page that announces a feed at a javascript: address', async () => {
    const feeds = [{ url: 'javascript:alert(1)', key: 'ed25519:x' }];
    const reply = await h.send({ type: 'page/scan', payload: { ...page(), feeds } }, contentSender(5, URL_A));
    expect(reply.ok).toBe(false);
    expect(await getTabResult(5)).toBeNull();
  });

  it('does not overwrite the result of a scan of the same page that began later', async () => {
    // Scans of one tab can overlap (a rescan while a feed installs): the later one's result stands.
    const later: TabResult = { tabId: 5, url: URL_A, scannedAt: 9_000, status: 'ok', events: [] };
    await putTabResult(later);
    const reply = await scan(5);
    expect(reply.events.map((e) => e.id)).toEqual(['call-leak', 'peace-plan']);
    expect(await getTabResult(5)).toEqual(later);
    // A scan that began after the stored one replaces it.
    await putTabResult({ ...later, scannedAt: 1_000 });
    await scan(5);
    expect((await getTabResult(5))?.events.map((e) => e.id)).toEqual(['call-leak', 'peace-plan']);
  });

  it('points the tab\'s toolbar popup at the tab, so the popup reads the result without a tab query', async () => {
    const setPopup = vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined);
    await scan(5);
    expect(setPopup).toHaveBeenCalledWith({ tabId: 5, popup: 'popup.html?tabId=5' });
  });

  it('marks a page that is one of the event\'s sources, as the engine found it', async () => {
    vi.mocked(matchPage).mockReturnValueOnce([
      { id: 'call-leak', score: 1, prominence: 'main', evidence: [{ kind: 'page-url', url: 'https://news.example.org/call-leak/' }] },
    ]);
    const reply = await scan(5, 'https://news.example.org/call-leak/');
    expect(reply.events.find((e) => e.id === 'call-leak')?.pageIsSource).toBe(true);
  });

  it('reports a page without readable text as not-text, without matching', async () => {
    await h.send({ type: 'page/scan', payload: { ...page(), text: ' \n\n ' } }, contentSender(5, URL_A));
    expect((await getTabResult(5))?.status).toBe('not-text');
    expect(matchPage).not.toHaveBeenCalled();
    expect(await badge(5)).toBe('');
  });

  it('does nothing on a site that is not granted, and tells the script to stop', async () => {
    const url = 'https://elsewhere.example/x';
    const reply = await scan(6, url);
    expect(reply).toEqual({ events: [], watch: false, highlights: false });
    expect(await getTabResult(6)).toBeNull();
    expect(await badge(6)).toBe('');
  });

  it('drops a result that arrives after the tab moved to another page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.org/newer' });
    await h.send({ type: 'page/scan', payload: page(URL_A) }, contentSender(tab.id!, URL_A));
    expect(await getTabResult(tab.id!)).toBeNull();
    expect(await badge(tab.id!)).toBe('');
  });

  it('matches by the address the browser reports; the page\'s canonical goes along only as its claim', async () => {
    // A page on another host names an event's source as its own address and as its location.
    const claim = 'https://meduza.io/feature/2025/11/26/zapisi';
    const payload = { ...page(claim), canonicalUrl: claim };
    await h.send({ type: 'page/scan', payload }, contentSender(8, 'https://news.example.org/lorem'));
    expect(vi.mocked(matchPage).mock.calls[0]![1]).toMatchObject({ url: 'https://news.example.org/lorem', canonicalUrl: claim });
    expect((await getTabResult(8))?.url).toBe('https://news.example.org/lorem');
  });

  it('ignores a URL on another origin than the sender\'s', async () => {
    await h.send({ type: 'page/scan', payload: page('https://news.example.org/call-leak') }, contentSender(5, 'https://news.example.org/other'));
    await h.send({ type: 'page/scan', payload: page('https://evil.example/call-leak') }, contentSender(7, 'https://news.example.org/x'));
    expect((await getTabResult(5))?.url).toBe('https://news.example.org/call-leak'); // same origin (SPA URL)
    expect((await getTabResult(7))?.url).toBe('https://news.example.org/x');
  });
});

describe('results survive a worker restart', () => {
  it('tab/get answers from storage without injecting anything', async () => {
    await scan();
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const restarted = startHarness(h.factory, h.granted);
    const reply = await restarted.send({ type: 'tab/get', payload: { tabId: 5 } }, popup);
    expect(reply.ok).toBe(true);
    expect((reply.value as TabResult).events.map((e) => e.id)).toEqual(['call-leak', 'peace-plan']);
    expect(executeScript).not.toHaveBeenCalled();
    // The index came from IndexedDB, not from the bundle again.
    const status = await restarted.send({ type: 'index/status', payload: {} }, popup);
    expect(status.value).toMatchObject({ publisher: 'Test publisher', events: 3 });
    expect(restarted.loadBundled).not.toHaveBeenCalled();
  });
});

describe('dismissed events', () => {
  it('are hidden from the result, badge and content script, and can be restored', async () => {
    await scan();
    await h.send({ type: 'settings/set', payload: { highlights: true } }, popup);
    const dismissed = await h.send({ type: 'event/dismiss', payload: { id: 'call-leak', dismissed: true } }, popup);
    expect((dismissed.value as Settings).dismissed).toEqual(['call-leak']);
    expect(await badge(5)).toBe('1');
    expect(await tooltip(5)).toContain('Twenty-eight point peace plan');
    expect(await tooltip(5)).not.toContain('Leaked call');
    const got = await h.send({ type: 'tab/get', payload: { tabId: 5 } }, popup);
    expect((got.value as TabResult).events.map((e) => e.id)).toEqual(['peace-plan']);
    // The content script is told to redraw without it.
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenLastCalledWith(
      5,
      { type: 'content/update', payload: { events: [expect.objectContaining({ id: 'peace-plan' })], highlights: true } },
      { frameId: 0 },
    );
    // A new scan of the page keeps it hidden.
    expect((await scan()).events.map((e) => e.id)).toEqual(['peace-plan']);
    // Undo (options page).
    await h.send({ type: 'event/dismiss', payload: { id: 'call-leak', dismissed: false } }, popup);
    expect(await badge(5)).toBe('2');
    expect((await h.send({ type: 'settings/get', payload: {} }, popup)).value).toEqual({ highlights: true, dismissed: [] });
  });
});

describe('navigation and tab close', () => {
  it('clears the result and badge when the tab goes to another URL', async () => {
    await scan();
    await onTabUpdated(5, { status: 'loading', url: 'https://news.example.org/next' });
    expect(await getTabResult(5)).toBeNull();
    expect(await badge(5)).toBe('');
  });

  it('keeps a result the content script already wrote for the new URL', async () => {
    await scan(5, 'https://news.example.org/next');
    await onTabUpdated(5, { url: 'https://news.example.org/next' });
    expect(await getTabResult(5)).not.toBeNull();
    expect(await badge(5)).toBe('2');
  });

  it('page/clear (SPA navigation) drops the previous URL\'s result', async () => {
    await scan();
    await h.send({ type: 'page/clear', payload: { url: 'https://news.example.org/spa-next' } }, contentSender(5, 'https://news.example.org/spa-next'));
    expect(await getTabResult(5)).toBeNull();
    expect(await badge(5)).toBe('');
  });

  it('forgets a closed tab', async () => {
    await scan();
    await onTabRemoved(5);
    expect(await getTabResult(5)).toBeNull();
  });
});

describe('search and event lookup', () => {
  it('index/search returns event views, best first', async () => {
    const reply = await h.send({ type: 'index/search', payload: { query: 'Ushakov' } }, popup);
    expect(reply.value).toEqual([expect.objectContaining({ id: 'call-leak', title: 'Leaked call between two envoys' })]);
  });

  it('event/get returns the event or null', async () => {
    expect((await h.send({ type: 'event/get', payload: { id: 'summit' } }, popup)).value).toMatchObject({ id: 'summit' });
    expect((await h.send({ type: 'event/get', payload: { id: 'nope' } }, popup)).value).toBeNull();
  });
});
