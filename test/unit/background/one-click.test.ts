import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ONE_CLICK_FILE } from '@/entrypoints/background/one-click';
import type { TabGetReply } from '@/lib/messaging/protocol';
import { getTabResult } from '@/lib/tabs/tab-store';
import { contentSender, popup, startHarness, badge, type Harness } from './harness';

const URL_A = 'https://news.example.org/leak';
// Words the sample index's "call-leak" event matches (two entities + two context groups).
const text = 'Steve Witkoff and Yuri Ushakov spoke in a call. The leak of the call was published in full later.';

let h: Harness;
beforeEach(() => {
  h = startHarness(); // no site granted: only the toolbar button's activeTab
});

/** The injected one-click script: reads the page and resolves main() to it. */
function injectAs(page: unknown = { url: URL_A, title: 'Leak', text, links: [] }) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
    { frameId: 0, documentId: 'd', result: { kind: 'page', page } },
  ] as never);
}

async function tabGet(rescan?: boolean): Promise<TabGetReply> {
  const reply = await h.send({ type: 'tab/get', payload: { tabId: 5, ...(rescan ? { rescan } : {}) } }, popup);
  expect(reply.ok, reply.error).toBe(true);
  return reply.value as TabGetReply;
}

describe('tab/get: the one-click lookup', () => {
  it('injects the one-click script, matches the page it hands back, keeps and badges the result, and tells the page', async () => {
    const exec = injectAs();
    const result = await tabGet();
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 5 }, files: [ONE_CLICK_FILE] });
    expect(result).toMatchObject({ tabId: 5, url: URL_A, status: 'ok' });
    expect('events' in result && result.events.map((e) => e.id)).toEqual(['call-leak']);
    expect((await getTabResult(5))?.events.map((e) => e.id)).toEqual(['call-leak']);
    expect(await badge(5)).toBe('1');
    // The page gets what page/scan would have answered: the events, and not to watch (not granted).
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
      5,
      { type: 'content/scanned', payload: { events: [expect.objectContaining({ id: 'call-leak' })], watch: false, highlights: false } },
      { frameId: 0 },
    );
  });

  it('tells the page to keep watching when the site is granted for automatic flagging', async () => {
    h = startHarness(undefined, new Set(['https://news.example.org/*']));
    injectAs();
    await tabGet(true);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
      5,
      { type: 'content/scanned', payload: expect.objectContaining({ watch: true }) },
      { frameId: 0 },
    );
  });

  it('checks the page it gets back as a page/scan payload is checked', async () => {
    injectAs({ url: URL_A, title: 'Leak', text: 'x'.repeat(300_000), links: [] });
    expect(await tabGet()).toMatchObject({ status: 'error', message: expect.stringContaining('page text too long') });
    expect(await getTabResult(5)).toBeNull();
    expect(await badge(5)).toBe('');
  });

  it('keeps no result when the tab moved to another page meanwhile', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.org/newer' });
    injectAs();
    const reply = await h.send({ type: 'tab/get', payload: { tabId: tab.id! } }, popup);
    expect(reply.value).toMatchObject({ status: 'error' });
    expect(await getTabResult(tab.id!)).toBeNull();
  });

  it('answers from the stored result the second time, and rescans only when asked', async () => {
    const exec = injectAs();
    await tabGet();
    await tabGet();
    expect(exec).toHaveBeenCalledTimes(1);
    await tabGet(true);
    expect(exec).toHaveBeenCalledTimes(2);
  });

  it('does not accept page/scan from that tab (site not granted: the grant was for the lookup)', async () => {
    injectAs();
    await tabGet();
    const later = await h.send({ type: 'page/scan', payload: { url: URL_A, title: '', text: 'changed', links: [] } }, contentSender(5, URL_A));
    expect(later.value).toEqual({ events: [], watch: false, highlights: false });
    expect((await getTabResult(5))?.events).toHaveLength(1);
  });

  it.each([
    ['Cannot access a chrome:// URL', 'unsupported'],
    ['The extensions gallery cannot be scripted.', 'unsupported'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'off'],
    ['No tab with id: 5.', 'error'],
  ])('maps "%s" to %s', async (message, status) => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(message));
    expect(await tabGet()).toMatchObject({ status, message });
  });

  it('reports a PDF or other non-HTML document as unsupported (the script says so)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: { kind: 'unsupported', reason: 'Not a web page (application/pdf)' } },
    ] as never);
    expect(await tabGet()).toEqual({ status: 'unsupported', message: 'Not a web page (application/pdf)' });
  });

  it('treats a missing or malformed script result as unsupported', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, documentId: 'd', result: 'page said hi' }] as never);
    expect(await tabGet()).toMatchObject({ status: 'unsupported' });
  });
});
